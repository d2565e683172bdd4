// Records that every entity holds link keys of version $version.
MERGE (s:SchemaVersion {id: 'link-keys'})
SET s.hash = $version
