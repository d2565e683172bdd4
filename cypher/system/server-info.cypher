// The Neo4j server's product name, version and edition: one row.
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
LIMIT 1
