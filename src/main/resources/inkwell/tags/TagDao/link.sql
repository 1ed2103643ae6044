-- article_created_at and draft: copies of the article's, for the ?tag= index (V006, V008) and the tag counts
INSERT INTO article_tags (article_id, tag_id, position, article_created_at, draft)
SELECT :articleId, t.id, :position, a.created_at, a.draft
FROM tags t, articles a WHERE t.name = :name AND a.id = :articleId
