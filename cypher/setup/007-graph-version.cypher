// The graph's version: one node whose counter every write (curated reload, ingest, review) raises
// in its own transaction, so that a changed graph changes every ETag and cached answer. The epoch
// tells a new database from an old one whose counter happens to match. Idempotent.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.counter = 0, v.changedAt = datetime();
