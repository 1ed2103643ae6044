INSERT INTO article_tags (article_id, tag_id, position) VALUES (:articleId, :tagId, :position)
