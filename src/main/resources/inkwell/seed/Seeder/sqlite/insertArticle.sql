-- A slug someone already has inserts nothing; the seeder retries that row with a new slug.
INSERT INTO articles (id, slug, title, description, body, author_id, created_at, updated_at)
VALUES (:id, :slug, :title, :description, :body, :authorId, :createdAt, :createdAt)
ON CONFLICT (slug) DO NOTHING
