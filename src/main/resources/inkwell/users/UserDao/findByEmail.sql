SELECT id, username, email, password_hash, bio, image, role, created_at, updated_at
FROM users
WHERE email = :email
