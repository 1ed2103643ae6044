-- articlesCount of ?tag=X alone: the number the V006 triggers keep per tag (0 for an unknown tag).
SELECT coalesce((SELECT article_count FROM tags WHERE name = :tag), 0)
