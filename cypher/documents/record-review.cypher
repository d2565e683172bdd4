// Records a person's decision on a pending suggestion ($review: the storage model's encodeReview);
// no row when it is not pending any more.
MATCH (x:Suggestion {id: $id, status: 'PENDING'})
SET x += $review
RETURN x.id AS id
