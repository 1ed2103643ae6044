-- Nothing to tune: the server's own memory settings apply, and the few large transactions need no more.
SELECT 1
