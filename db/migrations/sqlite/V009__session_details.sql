-- Session details for /settings/sessions (issue 14): which browser or client logged in, and when it was last used.
-- user_agent is the User-Agent header at login, cut to 200 characters (a header may be kilobytes long).
-- last_used_at is written at login and whenever the session's tokens are renewed or refreshed, never on an ordinary
-- request (that would add a write to every request): it is precise to one access-token lifetime (ACCESS_TOKEN_TTL).
-- Older sessions have neither; the page shows the login time instead.
ALTER TABLE sessions ADD COLUMN user_agent TEXT;
ALTER TABLE sessions ADD COLUMN last_used_at INTEGER;
