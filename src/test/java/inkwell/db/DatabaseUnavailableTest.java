package inkwell.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import inkwell.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which real driver failures mean "the database cannot serve this now", and which stay bugs (500). */
class DatabaseUnavailableTest {
  @TempDir
  Path dir;

  static Optional<DatabaseUnavailable.Reason> reason(Throwable failure) {
    return DatabaseUnavailable.in(failure).map(DatabaseUnavailable::reason);
  }

  SQLException failure(String url, String... statements) {
    return assertThrows(SQLException.class, () -> {
      try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
        for (String sql : statements) s.execute(sql);
      }
    });
  }

  String sqliteFile() throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve("test.db");
    try (Connection c = DriverManager.getConnection(url); var s = c.createStatement()) {
      s.execute("CREATE TABLE notes (body TEXT)");
    }
    return url;
  }

  @Test
  void a_sqlite_file_that_cannot_be_opened_is_unreachable() {
    var e = failure("jdbc:sqlite:" + dir.resolve("no-such-folder").resolve("test.db"), "SELECT 1");
    assertEquals(Optional.of(DatabaseUnavailable.Reason.UNREACHABLE), reason(e), e.toString());
  }

  @Test
  void a_write_to_a_read_only_sqlite_file_is_read_only() throws SQLException {
    String url = sqliteFile();
    var e = failure("jdbc:sqlite:file:" + dir.resolve("test.db") + "?mode=ro", "INSERT INTO notes VALUES ('x')");
    assertEquals(Optional.of(DatabaseUnavailable.Reason.READ_ONLY), reason(e), e.toString());
    assertEquals(Optional.of(DatabaseUnavailable.Reason.READ_ONLY), reason(failure(url, "PRAGMA query_only = 1",
        "INSERT INTO notes VALUES ('x')")));
  }

  @Test
  void a_full_sqlite_file_is_full() throws SQLException {
    String url = sqliteFile() + "?max_page_count=3";
    var e = failure(url, "INSERT INTO notes VALUES (hex(randomblob(100000)))");
    assertEquals(Optional.of(DatabaseUnavailable.Reason.FULL), reason(e), e.toString());
  }

  @Test
  void no_postgresql_listening_is_unreachable() throws IOException {
    int port;
    try (var closed = new ServerSocket(0)) {
      port = closed.getLocalPort();
    }
    var e = failure("jdbc:postgresql://127.0.0.1:" + port + "/test?user=postgres&connectTimeout=2", "SELECT 1");
    assertEquals(Optional.of(DatabaseUnavailable.Reason.UNREACHABLE), reason(e), e.toString());
  }

  @Test
  void every_pooled_connection_in_use_is_busy_and_a_failure_to_connect_behind_the_pool_is_unreachable() throws Exception {
    var config = new HikariConfig();
    config.setJdbcUrl(sqliteFile());
    config.setMaximumPoolSize(1);
    config.setConnectionTimeout(250);
    try (var pool = new HikariDataSource(config); var held = pool.getConnection()) {
      var e = assertThrows(SQLException.class, pool::getConnection);
      assertEquals(Optional.of(DatabaseUnavailable.Reason.BUSY), reason(e), e.toString());
    }
    config.setJdbcUrl("jdbc:sqlite:" + dir.resolve("no-such-folder").resolve("test.db"));
    config.setInitializationFailTimeout(-1);   // start without a connection, as a pool does whose database went away
    try (var pool = new HikariDataSource(config)) {
      var e = assertThrows(SQLException.class, pool::getConnection);
      assertEquals(Optional.of(DatabaseUnavailable.Reason.UNREACHABLE), reason(e), e.toString());
      String logged = DatabaseUnavailable.in(e).orElseThrow().getMessage();
      assertTrue(logged.startsWith("SQLiteException: [SQLITE_CANTOPEN]"), "the log names the driver's failure: " + logged);
    }
  }

  @Test
  void a_mistake_of_ours_is_not_unavailability_even_inside_jdbi_exceptions() throws SQLException {
    var jdbi = Jdbi.create(sqliteFile());
    var mistake = assertThrows(RuntimeException.class, () -> jdbi.useHandle(h -> h.execute("SELECT * FROM no_such_table")));
    assertEquals(Optional.empty(), reason(mistake));
    var readOnly = assertThrows(RuntimeException.class, () -> jdbi.useHandle(h -> {
      h.execute("PRAGMA query_only = 1");
      h.execute("INSERT INTO notes VALUES ('x')");
    }));
    assertEquals(Optional.of(DatabaseUnavailable.Reason.READ_ONLY), reason(readOnly));
  }

  @Test
  void a_read_only_postgresql_transaction_is_read_only() {
    org.junit.jupiter.api.Assumptions.assumeTrue(TestDatabase.isPostgres(), "needs PostgreSQL");
    try (var database = TestDatabase.create()) {
      var e = failure(database.url(), "CREATE TABLE notes (body TEXT)", "SET default_transaction_read_only = on",
          "INSERT INTO notes VALUES ('x')");
      assertEquals(Optional.of(DatabaseUnavailable.Reason.READ_ONLY), reason(e), e.toString());
      assertTrue(e.getMessage().contains("read-only"), e.getMessage());
    }
  }
}
