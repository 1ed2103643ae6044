INSERT INTO comments (id, article_id, author_id, body, created_at, updated_at)
VALUES (:id, :articleId, :authorId, :body, :createdAt, :createdAt)
