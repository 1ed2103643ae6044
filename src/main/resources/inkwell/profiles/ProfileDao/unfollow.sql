DELETE FROM follows WHERE follower_id = :followerId AND followed_id = :followedId
