// Which synthetic graph the benchmark's database holds; no row when none.
MATCH (d:Dataset {id: 'bench'}) RETURN d.version AS version
