INSERT INTO favorites (user_id, article_id) VALUES (:userId, :articleId)
