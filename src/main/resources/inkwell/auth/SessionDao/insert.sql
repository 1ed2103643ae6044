INSERT INTO sessions (id, user_id, refresh_jti, created_at, expires_at, user_agent, last_used_at)
VALUES (:id, :userId, :refreshJti, :now, :expiresAt, :userAgent, :now)
