SELECT a.id, a.slug, a.title, a.description, a.body, a.created_at, a.updated_at,
       a.author_id, u.username AS author_username, u.bio AS author_bio, u.image AS author_image,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = a.author_id) AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :viewerId AND fv.article_id = a.id) AS favorited,
       (SELECT count(*) FROM favorites fc WHERE fc.article_id = a.id) AS favorites_count
FROM articles a
JOIN users u ON u.id = a.author_id
WHERE a.slug = :slug
