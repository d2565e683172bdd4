// Ingested documents and the suggestions drawn from them. Idempotent: safe to run at every start.
CREATE CONSTRAINT suggestion_id IF NOT EXISTS FOR (x:Suggestion) REQUIRE x.id IS UNIQUE;
CREATE INDEX suggestion_document IF NOT EXISTS FOR (x:Suggestion) ON (x.documentId, x.status);
CREATE INDEX suggestion_status IF NOT EXISTS FOR (x:Suggestion) ON (x.status);
CREATE INDEX suggested_relation IF NOT EXISTS FOR ()-[r:SUGGESTED]-() ON (r.suggestionId);
// Suggestions written before periods had a span scale (see spanScale in historical-date.ts) get
// one, as a float like the loaders write it; the relations drawn from them copy it when they are
// drawn again, as after the reload a model change brings.
MATCH (x:Suggestion) WHERE x.spanFrom IS NOT NULL AND x.spanScale IS NULL
WITH x, duration.inDays(date(x.spanFrom), date(x.spanTo)).days AS days
SET x.spanScale = CASE WHEN days <= 1 THEN 0.0 ELSE ceil(log(days) / log(2)) END
REMOVE x.spanPoint;
