SELECT count(*) FROM sessions
