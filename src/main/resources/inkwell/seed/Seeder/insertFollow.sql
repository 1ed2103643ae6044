INSERT INTO follows (follower_id, followed_id) VALUES (:followerId, :followedId)
