// Records which synthetic graph (size, seed, model) the benchmark's database holds.
MERGE (d:Dataset {id: 'bench'}) SET d.version = $version
