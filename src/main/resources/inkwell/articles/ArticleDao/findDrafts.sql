-- GET /api/user/drafts: the author's drafts, last edited first: one range of articles_author_drafts (V008).
-- The columns are findPage.sql's; "following" would be the author following themselves, which follows refuses.
SELECT d.id, d.slug, d.title, d.description, NULL AS body, d.created_at, d.updated_at,
       d.author_id, d.author_username, d.author_bio, d.author_image, d.favorites_count, d.draft,
       FALSE AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :authorId AND fv.article_id = d.id) AS favorited
FROM article_details d
WHERE d.author_id = :authorId AND d.draft
ORDER BY d.updated_at DESC, d.id DESC
LIMIT :limit OFFSET :offset
