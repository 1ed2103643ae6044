-- articlesCount of the feed: one count per followed author, each a range of articles_author_created, which covers it
-- (draft is its last column, V008). A subquery per follow rather than a join, so that the plan
-- cannot depend on statistics: without any (a freshly seeded PostgreSQL before its first ANALYZE) the join was
-- planned as a hash join over a scan of every article (all 10,000 read, 961 buffers, for the bench viewer's 89; this
-- way ~100 buffers; bench/README.md, issue 15 item 2). coalesce: sum() over no follows at all is NULL.
SELECT coalesce(sum((SELECT count(*) FROM articles a WHERE a.author_id = fo.followed_id AND NOT a.draft)), 0)
FROM follows fo
WHERE fo.follower_id = :viewerId
