// Ingested documents and the suggestions drawn from them. Idempotent: safe to run at every start.
CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (x:Suggestion) REQUIRE x.id IS UNIQUE;
CREATE INDEX suggestion_document IF NOT EXISTS FOR (x:Suggestion) ON (x.documentId, x.status);
CREATE INDEX suggestion_status IF NOT EXISTS FOR (x:Suggestion) ON (x.status);
CREATE INDEX suggested_relation IF NOT EXISTS FOR ()-[r:SUGGESTED]-() ON (r.suggestionId);
