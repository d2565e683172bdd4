// Indexes the API reads through. entity_keys: the spelling keys of every name (see
// src/domain/name-keys.ts), for `resolve`. entity_text: names, aliases and descriptions, for
// `search`. Idempotent: safe to run at every start.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.nameKeyText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
CREATE FULLTEXT INDEX entity_text IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.germanName, e.aliasText, e.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
