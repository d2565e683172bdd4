// Takes the lease $id for $holder for $ttlMs milliseconds of Neo4j's clock, when no other holder
// has it (or its holder let it expire: a process that died); renews it when $holder has it.
// Returns whether $holder holds it now, and who does. MERGE on the unique id locks the lease node
// until the transaction ends, so two processes never both take it.
MERGE (l:Lease {id: $id})
WITH l, l.holder IS NULL OR l.holder = $holder OR l.expiresAt < timestamp() AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.expiresAt = CASE WHEN free THEN timestamp() + $ttlMs ELSE l.expiresAt END
RETURN free AS acquired, l.holder AS holder
