-- A slug someone already has inserts nothing; the seeder retries that row with a new slug.
-- The id was reserved from the identity sequence (reserveIds.sql); GENERATED ALWAYS needs OVERRIDING to accept it.
INSERT INTO articles (id, slug, title, description, body, author_id, created_at, updated_at)
OVERRIDING SYSTEM VALUE
VALUES (:id, :slug, :title, :description, :body, :authorId, :createdAt, :createdAt)
ON CONFLICT (slug) DO NOTHING
