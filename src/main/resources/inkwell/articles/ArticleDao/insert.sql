INSERT INTO articles (slug, title, description, body, author_id, draft, created_at, updated_at)
VALUES (:slug, :title, :description, :body, :authorId, :draft, :now, :now)
ON CONFLICT (slug) DO NOTHING
RETURNING id
