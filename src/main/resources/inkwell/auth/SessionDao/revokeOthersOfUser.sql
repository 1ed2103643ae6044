-- "Log out everywhere else": every login of the user but the one asking.
UPDATE sessions SET revoked_at = :now WHERE user_id = :userId AND id <> :keepId AND revoked_at IS NULL
