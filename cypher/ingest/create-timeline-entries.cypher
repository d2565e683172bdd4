// Creates the timeline entries of dated entities and relations (src/graph/model/
// timeline-entry.model.ts), each with the properties the storage model encoded. Returns how many.
UNWIND $entries AS row
CREATE (t:TimelineEntry)
SET t = row
RETURN count(t) AS entries
