-- A renewal or a fixed-mode refresh: the session was used now. Written once per access token, not per request (V009).
UPDATE sessions SET last_used_at = :now WHERE id = :id AND revoked_at IS NULL
