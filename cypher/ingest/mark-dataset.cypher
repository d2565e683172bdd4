// Records which version of a dataset the graph holds, with its counts.
CREATE (d:Dataset {id: $dataset})
SET d += $summary, d.loadedAt = datetime()
RETURN d.version AS version
