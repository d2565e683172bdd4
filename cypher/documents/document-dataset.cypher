// Which dataset holds the document with this id ('curated' or 'ingested'); no row when none does.
MATCH (d:Document {id: $id})
RETURN d.dataset AS dataset
