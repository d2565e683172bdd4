// The index an ingest finds the entities a new document may name through: the link keys of every
// entity's names (src/domain/link-keys.ts), one term per key. Idempotent: safe to run at every start.
CREATE FULLTEXT INDEX entity_link_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.linkKeyText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
