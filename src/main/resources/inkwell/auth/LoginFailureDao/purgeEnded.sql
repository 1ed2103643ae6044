DELETE FROM login_failures WHERE window_end < :now
