// Indexes the API reads through. entity_keys: the spelling keys of every name in every script (see
// src/domain/name-keys.ts), for `resolve`. entity_search: names, aliases, labels in every language
// and descriptions, for `search` (it replaced entity_text, which had no labels). Idempotent: safe
// to run at every start.
CREATE FULLTEXT INDEX entity_keys IF NOT EXISTS FOR (e:Entity) ON EACH [e.nameKeyText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace' } };
DROP INDEX entity_text IF EXISTS;
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.germanName, e.aliasText, e.labelText, e.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// The entity list of one type, in name order (generated/graph/entities-of-type-page).
CREATE INDEX entity_type_name IF NOT EXISTS FOR (e:Entity) ON (e.type, e.name);
