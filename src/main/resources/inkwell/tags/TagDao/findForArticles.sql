-- Each article's tags sorted by name, as RealWorld backends answer (the official suite checks it), by code point on
-- both databases (tags.name has the "C" collation on PostgreSQL, V007). article_tags.position, the order the author
-- typed, is kept but no longer shown.
SELECT at.article_id, t.name
FROM article_tags at
JOIN tags t ON t.id = at.tag_id
WHERE at.article_id IN (<articleIds>)
ORDER BY at.article_id, t.name
