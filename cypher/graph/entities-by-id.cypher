// The entities with the given ids, in no particular order; unknown ids are left out.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .type, .name, .germanName, .aliases, .description,
          .startIso, .startPrecision, .startText, .endIso, .endPrecision, .endText} AS entity
