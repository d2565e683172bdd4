// Whether some entity has more than $relations relationships (of any type, mentions included: an
// upper bound of its relations, read from the degree store). Stops at the first it finds.
RETURN EXISTS {
  MATCH (e:Entity)
  WHERE COUNT { (e)--() } > $relations
} AS many
