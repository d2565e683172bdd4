// Raises the graph's version; run inside every write transaction, so the new version is visible
// exactly when what was written is. Returns the new version, "<epoch>:<counter>".
MERGE (v:GraphVersion {id: 'graph'})
ON CREATE SET v.epoch = randomUUID(), v.counter = 0
SET v.counter = v.counter + 1, v.changedAt = datetime()
RETURN v.epoch + ':' + toString(v.counter) AS version
