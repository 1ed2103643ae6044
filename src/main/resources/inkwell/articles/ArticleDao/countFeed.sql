-- articlesCount of the feed: one range of articles_author_created per followed author (covering, no table reads).
SELECT count(*)
FROM follows fo
JOIN articles a ON a.author_id = fo.followed_id
WHERE fo.follower_id = :viewerId
  AND NOT a.draft   -- the last column of articles_author_created (V008), so still no table reads
