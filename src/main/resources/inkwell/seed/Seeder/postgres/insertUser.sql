-- A name (or email) someone already has inserts nothing; the seeder retries that row with a new name.
-- The id was reserved from the identity sequence (reserveIds.sql); GENERATED ALWAYS needs OVERRIDING to accept it.
INSERT INTO users (id, username, email, password_hash, bio, created_at, updated_at)
OVERRIDING SYSTEM VALUE
VALUES (:id, :username, :email, :passwordHash, :bio, :createdAt, :createdAt)
ON CONFLICT DO NOTHING
