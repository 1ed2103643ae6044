-- "following" is the author following themselves: never, since follows refuses that.
SELECT c.id, c.article_id, c.author_id, c.body, c.created_at, c.updated_at,
       u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       FALSE AS following,
       a.slug AS article_slug, a.title AS article_title
FROM comments c
JOIN users u ON u.id = c.author_id
JOIN articles a ON a.id = c.article_id
WHERE c.author_id = :authorId
ORDER BY c.created_at DESC, c.id DESC
LIMIT :limit OFFSET :offset
