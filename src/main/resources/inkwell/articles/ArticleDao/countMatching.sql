-- articlesCount: the total findPage.sql pages through; keep the WHERE clause identical to it.
SELECT count(*)
FROM article_details d
WHERE NOT d.draft
  AND (CAST(:author AS TEXT) IS NULL OR lower(d.author_username) = lower(:author))
  AND (CAST(:favoritedBy AS TEXT) IS NULL OR d.id IN (
        SELECT fv.article_id FROM favorites fv JOIN users fu ON fu.id = fv.user_id WHERE lower(fu.username) = lower(:favoritedBy)))
  AND (:anyTag = FALSE OR d.id IN (
        SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name IN (<tagNames>)))
