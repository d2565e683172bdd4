// Gives the lease $id up, if $holder still holds it. Returns how many leases were given up (0 or 1).
OPTIONAL MATCH (l:Lease {id: $id})
WHERE l.holder = $holder
SET l.holder = null, l.expiresAt = null
RETURN count(l) AS released
