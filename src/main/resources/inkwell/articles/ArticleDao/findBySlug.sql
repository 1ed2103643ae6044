SELECT d.*,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = d.author_id) AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :viewerId AND fv.article_id = d.id) AS favorited
FROM article_details d
WHERE d.slug = :slug
  AND (NOT d.draft OR d.author_id = :viewerId)   -- a draft exists for its author alone; to anyone else, a 404
