DELETE FROM favorites WHERE user_id = :userId AND article_id = :articleId
