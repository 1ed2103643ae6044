UPDATE articles
SET slug = :slug, title = :title, description = :description, body = :body, draft = :draft,
    created_at = :createdAt, updated_at = :now
WHERE id = :id
