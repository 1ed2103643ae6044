INSERT INTO users (username, email, password_hash, created_at, updated_at)
VALUES (:username, :email, :passwordHash, :now, :now)
ON CONFLICT DO NOTHING
RETURNING id
