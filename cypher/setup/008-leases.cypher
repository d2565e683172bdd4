// Leases: which process does a piece of work that only one of several API processes on the same
// Neo4j may do at a time (loading the curated data). MERGE on a unique id locks the node.
CREATE CONSTRAINT lease_id IF NOT EXISTS FOR (l:Lease) REQUIRE l.id IS UNIQUE;
