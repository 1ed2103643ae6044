package inkwell.db;

import java.nio.file.Path;
import java.util.Optional;

/** The two databases Inkwell speaks. Their differences live in SQL files chosen by {@link #folder()}. */
public enum Dialect {
  SQLITE("sqlite"),
  POSTGRES("postgres");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Sub-folder that holds this dialect's SQL: db/migrations/&lt;folder&gt;/, inkwell/db/Migrations/&lt;folder&gt;/. */
  public String folder() {
    return folder;
  }

  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) return SQLITE;
    if (jdbcUrl.startsWith("jdbc:postgresql:")) return POSTGRES;
    throw new IllegalArgumentException("DATABASE_URL must start with jdbc:sqlite: or jdbc:postgresql:, got " + jdbcUrl);
  }

  /** The database file of a SQLite URL (jdbc:sqlite:db/inkwell.db?x=y gives db/inkwell.db); empty for in-memory or PostgreSQL. */
  public static Optional<Path> sqliteFile(String jdbcUrl) {
    if (of(jdbcUrl) != SQLITE) return Optional.empty();
    String rest = jdbcUrl.substring("jdbc:sqlite:".length());
    int query = rest.indexOf('?');
    if (query >= 0) rest = rest.substring(0, query);
    if (rest.startsWith("file:")) rest = rest.substring("file:".length());
    if (rest.isEmpty() || rest.contains(":memory:") || rest.contains("mode=memory")) return Optional.empty();
    return Optional.of(Path.of(rest));
  }
}
