-- "following" would be the author following themselves, which follows refuses.
SELECT d.*, FALSE AS following
FROM comment_details d
WHERE d.author_id = :authorId
ORDER BY d.created_at DESC, d.id DESC
LIMIT :limit OFFSET :offset
