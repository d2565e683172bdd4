// Records a person's decision on a pending suggestion; no row when it is not pending any more.
MATCH (x:Suggestion {id: $id, status: 'PENDING'})
SET x.status = $status, x.reviewedBy = $reviewer, x.reviewedAt = $reviewedAt, x.reviewNote = $note
RETURN x.id AS id
