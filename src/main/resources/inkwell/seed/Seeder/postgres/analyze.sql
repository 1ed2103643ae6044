-- Statistics for the tables just filled, as PostgreSQL's manual advises after a bulk load ("Populating a Database").
-- Until autovacuum gets to them (a minute or more later; never where it is off), the planner takes every table for
-- a guess of its size in pages and picks scans that grow with the table: the feed's page walked the newest-first
-- index of all articles instead of the followed authors' ranges (bench/README.md, issue 15 item 2). Only the
-- seeded tables, by name, in the schema the connection uses: a bare ANALYZE would visit every schema of the database.
ANALYZE users, follows, tags, articles, article_tags, favorites, comments, article_totals
