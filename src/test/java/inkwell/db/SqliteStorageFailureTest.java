package inkwell.db;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.email;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.tryRegister;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import inkwell.Http;
import inkwell.TestDatabase;
import inkwell.TestServer;
import inkwell.cli.InkwellProcess;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite file Inkwell may read but not write: writes answer 503 (read-only) or 507 (full) in the error shape,
 * never 500, nothing is half-written, reads go on, and the log says it once. Both are real SQLite refusals, made
 * the only ways that also work when the tests run as root (who may write any file whatever its mode): the server
 * opens the file read-only (mode=ro), or may not grow it past its current size (max_page_count).
 *
 * SQLite only: these are the file's ways to fail. PostgreSQL's outages are in DatabaseOutageTest.
 */
class SqliteStorageFailureTest {
  @TempDir
  Path dir;
  Path file;
  String token;
  String bo;

  /** A database with two users and one article, written by a server that is stopped again. */
  @BeforeEach
  void prepare() {
    assumeFalse(TestDatabase.isPostgres(), "a SQLite file's failures; PostgreSQL's are in DatabaseOutageTest");
    file = dir.resolve("inkwell.db");
    try (var server = TestServer.start(Map.of("DATABASE_URL", "jdbc:sqlite:" + file))) {
      var user = tryRegister(server.http, newUser("ana"));
      assertEquals(201, user.status(), user.body());
      token = user.json().at("/user/token").asText();
      bo = server.register("bo").get("username").asText();
      var article = server.http.post("/api/articles", token, article("First", "short"));
      assertEquals(201, article.status(), article.body());
    }
  }

  @Test
  void on_a_read_only_file_writes_get_503_and_reads_go_on() throws SQLException {
    var before = rows();
    try (var inkwell = serve("jdbc:sqlite:file:" + file + "?mode=ro")) {
      var http = new Http("http://127.0.0.1:" + inkwell.port());
      assertEquals(200, http.get("/api/articles", null).status());
      assertEquals(200, http.get("/ready", null).status());

      assertRefused(http.post("/api/articles", token, article("Second", "short")), 503);
      // the password is checked (a read), then the new session cannot be stored
      assertRefused(tryLogin(http, email("ana"), password("ana")), 503);
      assertRefused(tryRegister(http, newUser("cy")), 503);
      assertRefused(http.post("/api/profiles/" + bo + "/follow", token, null), 503);

      assertEquals(1, count(stop(inkwell), "WARN .* database refuses writes \\(read only\\): "), inkwell.toString());
      assertQuiet(inkwell);
    }
    assertEquals(before, rows());
  }

  @Test
  void on_a_full_file_a_write_that_needs_space_gets_507_and_nothing_of_it_is_kept() throws SQLException {
    var before = rows();
    long pages = pragma("page_count");
    String body = "x".repeat((int) ((pragma("freelist_count") + 20) * pragma("page_size")));
    try (var inkwell = serve("jdbc:sqlite:" + file + "?max_page_count=" + pages)) {
      var http = new Http("http://127.0.0.1:" + inkwell.port());
      assertRefused(http.post("/api/articles", token, article("Long", body)), 507);
      assertEquals(200, http.get("/api/articles", null).status());

      assertEquals(1, count(stop(inkwell), "WARN .* database refuses writes \\(full\\): "), inkwell.toString());
      assertQuiet(inkwell);
    }
    assertEquals(before, rows(), "the article, its tags and its counts were rolled back together");
  }

  InkwellProcess serve(String url) {
    var env = new java.util.HashMap<>(Map.of("DATABASE_URL", url, "JWT_SECRET", TestServer.SECRET, "JWT_ISSUER", TestServer.ISSUER));
    return InkwellProcess.start(env, "serve", "--port", "0");
  }

  static String article(String title, String body) {
    return Http.json(Map.of("article", Map.of("title", title, "description", "d", "body", body, "tagList", List.of("news", title.toLowerCase()))));
  }

  static void assertRefused(Http.Reply reply, int status) {
    assertError(reply, status, "database");
    if (status == 503) assertNotNull(reply.header("Retry-After"), reply.toString());
  }

  static String stop(InkwellProcess inkwell) {
    inkwell.terminate();
    inkwell.exitCode(Duration.ofSeconds(15));
    return inkwell.stderr();
  }

  static void assertQuiet(InkwellProcess inkwell) {
    assertFalse(inkwell.stderr().contains(" ERROR "), "a refused write is not a failure of ours\n" + inkwell);
    assertFalse(inkwell.stderr().contains("\tat "), "no stack traces\n" + inkwell);
  }

  static long count(String log, String regex) {
    var pattern = Pattern.compile(regex);
    return log.lines().filter(line -> pattern.matcher(line).find()).count();
  }

  /** Row counts of every table a write here touches. */
  Map<String, Long> rows() throws SQLException {
    var counts = new java.util.TreeMap<String, Long>();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement()) {
      for (String table : List.of("users", "sessions", "articles", "tags", "article_tags", "follows", "login_failures")) {
        try (var rs = s.executeQuery("SELECT count(*) FROM " + table)) {
          rs.next();
          counts.put(table, rs.getLong(1));
        }
      }
      try (var rs = s.executeQuery("SELECT (SELECT article_count FROM article_totals), "
          + "(SELECT group_concat(name || '=' || article_count) FROM tags)")) {
        rs.next();
        counts.put("kept counts: " + rs.getLong(1) + " articles, tags " + rs.getString(2), 0L);
      }
    }
    return counts;
  }

  long pragma(String name) throws SQLException {
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + file); var s = c.createStatement();
        var rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
