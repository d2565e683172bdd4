// The curated knowledge graph: lookups by dataset (for replacing a dataset in one transaction) and
// a full-text index over entity names. Idempotent: safe to run at every start.
CREATE CONSTRAINT dataset_id IF NOT EXISTS FOR (d:Dataset) REQUIRE d.id IS UNIQUE;
CREATE INDEX entity_dataset IF NOT EXISTS FOR (e:Entity) ON (e.dataset);
CREATE INDEX document_dataset IF NOT EXISTS FOR (d:Document) ON (d.dataset);
CREATE INDEX sentence_dataset IF NOT EXISTS FOR (s:Sentence) ON (s.dataset);
// standard-folding: the standard analyzer plus ASCII folding, so "Murawjow" and "Muravyov" share
// tokens with their accented or umlauted spellings ("Großen", "Gortschakow").
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.germanName, e.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
