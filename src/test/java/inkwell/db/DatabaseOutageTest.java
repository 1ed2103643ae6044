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
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import inkwell.Http;
import inkwell.TestDatabase;
import inkwell.cli.InkwellProcess;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away under a running Inkwell (a real process, through a proxy the test cuts): requests that need
 * the database answer 503 with Retry-After at once instead of waiting out the pool's timeout, /health stays up,
 * /ready says 503, the log says so once per outage, and the first request after the database is back succeeds.
 *
 * The bound of 5 s on each answer is generous on purpose (the server's own limits are about 2 s): it only tells a
 * refusal from the 30 s wait for a pool connection this replaces.
 *
 * PostgreSQL only: a SQLite file has no network between it and the server to cut. SQLite's own ways to fail (read-only,
 * full) are in SqliteStorageFailureTest.
 */
class DatabaseOutageTest {
  static final Duration PROMPT = Duration.ofSeconds(5);

  TestDatabase database;
  CuttableProxy proxy;
  InkwellProcess inkwell;
  Http http;

  @BeforeEach
  void start() {
    assumeTrue(TestDatabase.isPostgres(), "needs a network connection to the database to cut; SQLite has none");
    database = TestDatabase.create();
    proxy = CuttableProxy.to(database.url());
    inkwell = InkwellProcess.serve(database, "DATABASE_URL", proxy.url(database.url()));
    http = new Http("http://127.0.0.1:" + inkwell.port());
  }

  @AfterEach
  void stop() {
    if (inkwell != null) inkwell.close();
    if (proxy != null) proxy.close();
    if (database != null) database.close();
  }

  /** The first request finds its connection broken (it was used a moment ago, so the pool hands it out unchecked). */
  @Test
  void with_the_database_refusing_connections_requests_get_503_at_once_and_recover_when_it_is_back() {
    outageAndRecovery(CuttableProxy.Cut.REFUSE, Duration.ZERO);
  }

  /**
   * After a quiet second the pool checks its connections before use, finds them all dead, and waits for a new one
   * that never answers: the case where the pool's and the driver's timeouts decide how long the first request waits.
   */
  @Test
  void with_the_database_silent_requests_get_503_at_once_and_recover_when_it_is_back() {
    outageAndRecovery(CuttableProxy.Cut.BLACK_HOLE, Duration.ofSeconds(1));
  }

  void outageAndRecovery(CuttableProxy.Cut how, Duration quiet) {
    String token = register("ana");
    var created = http.post("/api/articles", token, Http.json(Map.of("article",
        Map.of("title", "Before the outage", "description", "d", "body", "b", "tagList", java.util.List.of("news")))));
    assertEquals(201, created.status(), created.body());
    String slug = created.json().at("/article/slug").asText();
    assertEquals(200, http.get("/api/articles", null).status());   // the anonymous list is now in the read cache

    // Connections broken while nobody asked (a database restart at night) are replaced unnoticed: no outage.
    proxy.cut(how);
    proxy.restore();
    InkwellProcess.pause(Duration.ofMillis(600));   // idle long enough that the pool checks a connection before use
    assertEquals(200, http.get("/api/articles", null).status());
    assertEquals(200, http.get("/api/user", token).status());

    proxy.cut(how);
    InkwellProcess.pause(quiet);

    assertUnavailable(() -> http.get("/api/user", token));
    assertUnavailable(() -> http.get("/api/articles", null));
    assertUnavailable(() -> http.get("/api/articles/" + slug, null));
    assertUnavailable(() -> http.get("/api/tags", null));
    assertUnavailable(() -> http.post("/api/articles", token, Http.json(Map.of("article",
        Map.of("title", "During the outage", "description", "d", "body", "b")))));
    assertUnavailable(() -> tryLogin(http, email("ana"), password("ana")));
    assertUnavailable(() -> tryRegister(http, newUser("bo")));
    assertEquals(200, prompt(() -> http.get("/health", null)).status());
    var ready = prompt(() -> http.get("/ready", null));
    assertError(ready, 503, "database");
    assertNotNull(ready.header("Retry-After"), ready.toString());

    proxy.restore();

    var me = http.get("/api/user", token);
    assertEquals(200, me.status(), me.body() + "\n" + inkwell);
    assertEquals(200, http.get("/ready", null).status());
    var list = http.get("/api/articles", null);
    assertEquals(200, list.status(), list.body());
    assertEquals(1, list.json().get("articlesCount").asInt(), "the article made during the outage must not exist");

    String log = inkwell.stderr();
    assertEquals(1, count(log, "WARN .* database unreachable: "), "one line when the outage starts\n" + inkwell);
    assertEquals(1, count(log, " WARN "), "and no other warning (the pool's, per connection)\n" + inkwell);
    assertEquals(1, count(log, "INFO .* database reachable again"), "one line when it ends\n" + inkwell);
    assertFalse(log.contains(" ERROR "), "an outage is not a failure of ours\n" + inkwell);
    assertFalse(log.contains("\tat "), "no stack traces\n" + inkwell);
  }

  /** 503 with Retry-After in the JSON error shape, answered promptly. */
  void assertUnavailable(Supplier<Http.Reply> request) {
    var reply = prompt(request);
    assertError(reply, 503, "database");
    String retryAfter = reply.header("Retry-After");
    assertTrue(retryAfter != null && retryAfter.matches("[1-9]\\d*"), "Retry-After: " + retryAfter);
  }

  Http.Reply prompt(Supplier<Http.Reply> request) {
    long started = System.nanoTime();
    var reply = request.get();
    long took = Duration.ofNanos(System.nanoTime() - started).toMillis();
    assertTrue(took < PROMPT.toMillis(), "answered after " + took + " ms: " + reply.status() + " " + reply.body() + "\n" + inkwell);
    return reply;
  }

  String register(String name) {
    var reply = tryRegister(http, newUser(name));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().at("/user/token").asText();
  }

  static long count(String log, String regex) {
    var pattern = java.util.regex.Pattern.compile(regex);
    return log.lines().filter(line -> pattern.matcher(line).find()).count();
  }
}
