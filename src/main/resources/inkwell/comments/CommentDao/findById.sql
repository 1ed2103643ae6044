SELECT c.id, c.article_id, c.author_id, c.body, c.created_at, c.updated_at,
       u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = c.author_id) AS following,
       a.slug AS article_slug, a.title AS article_title
FROM comments c
JOIN users u ON u.id = c.author_id
JOIN articles a ON a.id = c.article_id
WHERE c.id = :id
