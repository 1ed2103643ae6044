INSERT INTO article_tags (article_id, tag_id, position)
SELECT :articleId, t.id, :position FROM tags t WHERE t.name = :name
