-- The access check's one query per request: does the user still exist, is it banned, what is its role now,
-- and is the token's session still live. No row: the user is gone. The whole user row comes along, so that
-- GET /api/user (and the cache of this verdict, see Sessions) needs no second query.
SELECT u.id, u.username, u.email, u.password_hash, u.bio, u.image, u.role, u.banned_at, u.created_at, u.updated_at,
       s.id AS session_id, s.revoked_at, s.expires_at
FROM users u
LEFT JOIN sessions s ON s.id = :sessionId AND s.user_id = u.id
WHERE u.id = :userId
