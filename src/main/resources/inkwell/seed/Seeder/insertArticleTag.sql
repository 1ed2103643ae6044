-- article_created_at: a copy of the article's creation time, for the ?tag= index (V006)
INSERT INTO article_tags (article_id, tag_id, position, article_created_at)
VALUES (:articleId, :tagId, :position, (SELECT a.created_at FROM articles a WHERE a.id = :articleId))
