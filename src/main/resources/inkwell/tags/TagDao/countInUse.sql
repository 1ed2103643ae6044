-- The GROUP BY of the Flask notes, kept up to date by the V006 triggers instead of recomputed on every call (of
-- published articles only: drafts are counted nowhere, V008):
-- how many articles carry each tag. Tags no article uses any more have 0 and drop out, without a clean-up job.
SELECT name, article_count AS count
FROM tags
WHERE article_count > 0
ORDER BY article_count DESC, name
