// Records which version of a dataset the graph holds, with its counts (encodeDataset in the
// storage model). Returns the version.
CREATE (d:Dataset)
SET d = $properties
RETURN d.version AS version
