// The version of the link keys every entity holds (src/ingest/ensure-link-keys.ts); no row before
// they were first made.
MATCH (s:SchemaVersion {id: 'link-keys'})
RETURN s.hash AS version
