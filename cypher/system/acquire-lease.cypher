// Takes the lease $id for $holder for $ttlMs milliseconds of Neo4j's clock, when no other holder
// has it (or its holder let it expire: a process that died); renews it when $holder has it.
// Returns whether $holder holds it now, and who does. MERGE locks the node only when it creates
// it: on a lease node that exists (one released before), two processes read it free at once and
// both took it. So the node is written first, which locks it until the transaction ends, and read
// after: the second process waits for the first and reads what it wrote.
MERGE (l:Lease {id: $id})
SET l.askedAt = timestamp()
WITH l, l.holder IS NULL OR l.holder = $holder OR l.expiresAt < timestamp() AS free
SET l.holder = CASE WHEN free THEN $holder ELSE l.holder END,
    l.expiresAt = CASE WHEN free THEN timestamp() + $ttlMs ELSE l.expiresAt END
RETURN free AS acquired, l.holder AS holder
