-- A session-level advisory lock: a second instance starting at the same moment waits here until the first has
-- finished, then finds nothing pending. The key is the ASCII of "inkwell", scoped to this database.
SELECT pg_advisory_lock(29676280398310508)
