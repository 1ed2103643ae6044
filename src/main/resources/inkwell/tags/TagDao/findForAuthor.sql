-- The tags of every article of one author (drafts included), sorted as findForArticles.sql sorts them: one query
-- however many articles, without an IN list that could outgrow the drivers' parameter limits.
SELECT at.article_id, t.name
FROM articles a
JOIN article_tags at ON at.article_id = a.id
JOIN tags t ON t.id = at.tag_id
WHERE a.author_id = :authorId
ORDER BY at.article_id, t.name
