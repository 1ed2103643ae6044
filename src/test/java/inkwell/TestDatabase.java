package inkwell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * A fresh, empty database for one test class: a temporary SQLite file, or a new PostgreSQL schema, depending on
 * the system property inkwell.test.db (the pom runs the suite once with each).
 */
public final class TestDatabase implements AutoCloseable {
  private final String url;
  private final Runnable cleanup;

  private TestDatabase(String url, Runnable cleanup) {
    this.url = url;
    this.cleanup = cleanup;
  }

  public static boolean isPostgres() {
    return "postgres".equals(System.getProperty("inkwell.test.db", "sqlite"));
  }

  public static TestDatabase create() {
    return isPostgres() ? postgresSchema() : sqliteFile();
  }

  public String url() {
    return url;
  }

  private static TestDatabase sqliteFile() {
    try {
      Path dir = Files.createTempDirectory("inkwell-test");
      return new TestDatabase("jdbc:sqlite:" + dir.resolve("test.db"), () -> deleteTree(dir));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestDatabase postgresSchema() {
    String base = System.getProperty("inkwell.test.pg.url", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    String schema = "inkwell_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    execute(base, "CREATE SCHEMA " + schema);
    String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new TestDatabase(url, () -> execute(base, "DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
  }

  private static void execute(String url, String sql) {
    try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL test database unavailable at " + url + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind is harmless
    }
  }

  @Override
  public void close() {
    cleanup.run();
  }
}
