INSERT INTO comments (article_id, author_id, body, created_at, updated_at)
VALUES (:articleId, :authorId, :body, :now, :now)
RETURNING id
