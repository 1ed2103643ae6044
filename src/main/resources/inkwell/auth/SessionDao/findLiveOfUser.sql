-- /settings/sessions: the user's logins that still work, the most recently used first (sessions_user index).
-- Sessions from before V009 have no last_used_at; their login time stands in.
SELECT id, created_at, COALESCE(last_used_at, created_at) AS last_used_at, user_agent
FROM sessions
WHERE user_id = :userId AND revoked_at IS NULL AND expires_at > :now
ORDER BY COALESCE(last_used_at, created_at) DESC, created_at DESC
