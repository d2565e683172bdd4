// How many nodes and relationships the whole database holds (tests check that nothing changed).
CALL { MATCH (n) RETURN count(n) AS nodes }
CALL { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
