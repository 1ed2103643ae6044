-- Compare-and-set: only the request presenting the current refresh token moves it on; a concurrent second one
-- matches no row. A refresh is a use of the session (last_used_at, V009).
UPDATE sessions
SET previous_jti = refresh_jti, refresh_jti = :newJti, rotated_at = :now, last_used_at = :now
WHERE id = :id AND refresh_jti = :presentedJti AND revoked_at IS NULL
