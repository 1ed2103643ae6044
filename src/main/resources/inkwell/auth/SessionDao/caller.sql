-- The access check's one query per request: does the user still exist, is it banned, what is its role now,
-- and is the token's session still live. No row: the user is gone.
SELECT u.role, u.banned_at, s.id AS session_id, s.revoked_at, s.expires_at
FROM users u
LEFT JOIN sessions s ON s.id = :sessionId AND s.user_id = u.id
WHERE u.id = :userId
