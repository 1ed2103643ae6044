-- One more failure in the key's current window, or the first of a new window once the old one has ended.
INSERT INTO login_failures (key, failures, window_end) VALUES (:key, 1, :windowEnd)
ON CONFLICT (key) DO UPDATE SET
  failures   = CASE WHEN login_failures.window_end < :now THEN 1 ELSE login_failures.failures + 1 END,
  window_end = CASE WHEN login_failures.window_end < :now THEN :windowEnd ELSE login_failures.window_end END
