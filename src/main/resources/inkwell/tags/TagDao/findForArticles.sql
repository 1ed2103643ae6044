SELECT at.article_id, t.name
FROM article_tags at
JOIN tags t ON t.id = at.tag_id
WHERE at.article_id IN (<articleIds>)
ORDER BY at.article_id, at.position
