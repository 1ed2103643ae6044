SELECT d.*,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = d.author_id) AS following
FROM comment_details d
WHERE d.id = :id
