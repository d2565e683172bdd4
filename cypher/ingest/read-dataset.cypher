// The version and counts of the dataset the graph holds; no row when it holds none.
MATCH (d:Dataset {id: $dataset})
RETURN d.version AS version, d.entities AS entities, d.relations AS relations, d.sentences AS sentences,
       d.mentions AS mentions, d.documents AS documents
