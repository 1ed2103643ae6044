-- The tag links of one group commit, from a JSON array of {article, tag, position} (position: the order the author
-- gave). article_created_at and draft: copies of the article's, for the ?tag= index and the tag counts (V006, V008).
INSERT INTO article_tags (article_id, tag_id, position, article_created_at, draft)
SELECT a.id, t.id, l.value ->> '$.position', a.created_at, a.draft
FROM json_each(:links) AS l
JOIN articles a ON a.id = l.value ->> '$.article'
JOIN tags t ON t.name = l.value ->> '$.tag'
