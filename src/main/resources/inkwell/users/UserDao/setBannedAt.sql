UPDATE users SET banned_at = :bannedAt WHERE id = :id
