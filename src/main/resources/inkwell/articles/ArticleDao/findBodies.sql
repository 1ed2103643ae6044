-- The bodies of one list page's articles in one statement (the list queries select NULL AS body).
SELECT a.id, a.body
FROM articles a
WHERE a.id IN (<ids>)
