-- The GROUP BY of the Flask notes: how many articles carry each tag. Joining article_tags leaves out tags no
-- article uses any more, so they vanish from GET /api/tags without a clean-up job.
SELECT t.name, count(*) AS count
FROM tags t
JOIN article_tags at ON at.tag_id = t.id
GROUP BY t.name
ORDER BY count(*) DESC, t.name
