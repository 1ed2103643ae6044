UPDATE users
SET username = :username, email = :email, password_hash = :passwordHash,
    bio = :bio, image = :image, updated_at = :updatedAt
WHERE id = :id
