-- "Log out this one": only a session of this user; 0 rows for anyone else's id (the page answers 404). One that
-- ended already still counts as found (a second click), and keeps the time it ended.
UPDATE sessions SET revoked_at = COALESCE(revoked_at, :now) WHERE id = :id AND user_id = :userId
