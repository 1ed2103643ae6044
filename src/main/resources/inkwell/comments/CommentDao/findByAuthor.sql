-- "following" would be the author following themselves, which follows refuses.
-- A comment on someone else's article that is now a draft (unpublished) is left out: it would name the draft.
SELECT d.*, FALSE AS following
FROM comment_details d
WHERE d.author_id = :authorId
  AND NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = d.article_id AND a.draft AND a.author_id <> :authorId)
ORDER BY d.created_at DESC, d.id DESC
LIMIT :limit OFFSET :offset
