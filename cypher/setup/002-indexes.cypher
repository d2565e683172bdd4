// Lookups the API makes by property. Idempotent: safe to run at every start.
CREATE INDEX entity_type IF NOT EXISTS FOR (e:Entity) ON (e.type);
CREATE INDEX sentence_document IF NOT EXISTS FOR (s:Sentence) ON (s.documentId, s.index);
