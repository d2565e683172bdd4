// Creates or updates an ingested document with the properties the storage model encoded
// (src/graph/model/document.model.ts); the document node stays across versions, so that its
// reviewed suggestions keep their link. Its sentences follow (documents/write-sentences).
MERGE (d:Document {id: $document.id})
SET d = $document
RETURN d.id AS id
