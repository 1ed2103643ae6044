SELECT u.id, u.username, u.bio, u.image,
       EXISTS (SELECT 1 FROM follows f WHERE f.follower_id = :viewerId AND f.followed_id = u.id) AS following
FROM users u
WHERE lower(u.username) = lower(:username)   -- usernames are unique ignoring case (users_username_lower)
