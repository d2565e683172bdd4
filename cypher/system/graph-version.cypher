// The graph's version as one string, "<epoch>:<counter>" (see setup/007-graph-version), or no row
// before the migrations ran.
MATCH (v:GraphVersion {id: 'graph'})
RETURN v.epoch + ':' + toString(v.counter) AS version
