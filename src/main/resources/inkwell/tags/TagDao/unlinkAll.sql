DELETE FROM article_tags WHERE article_id = :articleId
