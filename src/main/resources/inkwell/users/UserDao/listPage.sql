SELECT id, username, email, password_hash, bio, image, role, banned_at, created_at, updated_at
FROM users
ORDER BY id
LIMIT :limit OFFSET :offset
