-- Nothing to do: SQLite plans these queries from its indexes alone. Running ANALYZE here would make the planner
-- use sqlite_stat1 for every query from now on, a change to all the plans that nothing has measured.
SELECT 1
