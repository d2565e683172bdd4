// After a bulk load: resamples the indexes whose statistics the load outdated and drops cached
// plans, so that timed queries run on plans made from the loaded graph, as on a settled server.
CALL db.prepareForReplanning(600000)
