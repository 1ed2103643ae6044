-- The total findByAuthor.sql pages through; keep the WHERE clause identical to it.
SELECT count(*)
FROM comments c
WHERE c.author_id = :authorId
  AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id AND a.draft AND a.author_id <> :authorId)
