// The keys of every suggestion a person has accepted or rejected: they are not suggested again.
MATCH (x:Suggestion) WHERE x.status <> 'PENDING'
RETURN collect(DISTINCT x.key) AS keys
