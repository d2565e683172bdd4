// Records which synthetic graph (size, seed, model) the benchmark's database holds ($properties:
// the storage model's dataset record).
MERGE (d:Dataset {id: $properties.id}) SET d = $properties
