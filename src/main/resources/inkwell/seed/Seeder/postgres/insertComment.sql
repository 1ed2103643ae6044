-- The id was reserved from the identity sequence (reserveIds.sql); GENERATED ALWAYS needs OVERRIDING to accept it.
INSERT INTO comments (id, article_id, author_id, body, created_at, updated_at)
OVERRIDING SYSTEM VALUE
VALUES (:id, :articleId, :authorId, :body, :createdAt, :createdAt)
