-- A name (or email) someone already has inserts nothing; the seeder retries that row with a new name.
INSERT INTO users (id, username, email, password_hash, bio, created_at, updated_at)
VALUES (:id, :username, :email, :passwordHash, :bio, :createdAt, :createdAt)
ON CONFLICT DO NOTHING
