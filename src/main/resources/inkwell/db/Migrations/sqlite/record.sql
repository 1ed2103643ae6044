INSERT INTO schema_migrations (version, name, checksum, applied_at, duration_ms)
VALUES (:version, :name, :checksum, :appliedAt, :durationMs)
