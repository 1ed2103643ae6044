SELECT id, user_id, refresh_jti, previous_jti, rotated_at, expires_at, revoked_at
FROM sessions
WHERE id = :id
