SELECT key, failures, window_end FROM login_failures WHERE key IN (:account, :address) AND window_end >= :now
