-- Every article of one author, drafts included, with bodies, newest first (for an export). The author alone may ask.
SELECT d.*,
       FALSE AS following,
       EXISTS (SELECT 1 FROM favorites fv WHERE fv.user_id = :authorId AND fv.article_id = d.id) AS favorited
FROM article_details d
WHERE d.author_id = :authorId
ORDER BY d.created_at DESC, d.id DESC
