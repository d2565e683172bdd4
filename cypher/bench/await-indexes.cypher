// Waits until every index is online (after a bulk load), for at most ten minutes.
CALL db.awaitIndexes(600)
