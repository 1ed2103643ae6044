package inkwell.cli;

import static inkwell.TestUsers.credentials;
import static inkwell.TestUsers.email;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.tryRegister;
import static inkwell.cli.InkwellProcess.pause;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * SIGTERM during a slow request: the server stops taking connections, the request completes, the pool is closed,
 * the process exits; a request that never completes holds the exit back no longer than SHUTDOWN_TIMEOUT.
 * Slow requests are made two ways: a login whose body arrives in two halves with the signal in between (a slow
 * client), and a sign-up whose INSERT waits for a SQLite write lock the test holds (slow on the server side).
 * Run on SQLite only: shutdown is Jetty's and the JVM's business, the same on either database, and each child
 * JVM costs a second or two. (SQLite also lets the test hold a lock, and see that the pool was closed.)
 */
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres")
class GracefulShutdownTest {
  static final String LOGIN = credentials(email("ana"), password("ana"));

  // Hikari says when the pool has closed, at INFO; the jar's logging settings keep it at WARN.
  static final String HIKARI_INFO = "-Dorg.slf4j.simpleLogger.log.com.zaxxer.hikari=info";

  TestDatabase database;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.create();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  /**
   * Signs up {@code username}, asserting 201. Before a test's slow request this also gets the first password hash
   * done, so the slow request measures the drain, not a hashing slot's first buffer being made.
   */
  static void register(int port, String username) {
    var reply = tryRegister(new Http("http://127.0.0.1:" + port), newUser(username));
    assertEquals(201, reply.status(), reply.body());
  }

  /** Opens a connection and sends a login's headers and the first half of its body; the rest is up to the test. */
  static Socket startLogin(int port) throws IOException {
    var socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(15_000);
    byte[] body = LOGIN.getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(("POST /api/users/login HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
    out.write(body, 0, body.length / 2);
    out.flush();
    pause(Duration.ofMillis(300));   // the server has read the headers and is waiting for the body
    return socket;
  }

  static String finishLogin(Socket socket) throws IOException {
    byte[] body = LOGIN.getBytes(StandardCharsets.UTF_8);
    socket.getOutputStream().write(body, body.length / 2, body.length - body.length / 2);
    socket.getOutputStream().flush();
    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  /**
   * Takes SQLite's write lock from the test, as a long write elsewhere would: a request that writes then waits for
   * it (busy_timeout), a request slow on the server side without any trick in the server. Roll back to release.
   */
  Connection holdWriteLock() throws SQLException {
    var connection = DriverManager.getConnection(database.url());
    connection.setAutoCommit(false);
    connection.createStatement().execute("INSERT INTO tags (name) VALUES ('held')");
    return connection;
  }

  static CompletableFuture<Http.Reply> registerInBackground(int port, String username) {
    return CompletableFuture.supplyAsync(() -> tryRegister(new Http("http://127.0.0.1:" + port), newUser(username)));
  }

  /** SQLite removes the write-ahead log when the last connection closes; it stays behind if the pool was not closed. */
  Path writeAheadLog() {
    return Path.of(database.url().substring("jdbc:sqlite:".length()) + "-wal");
  }

  @Test
  void a_login_that_is_the_servers_first_password_check_is_answered_during_the_drain_not_500() throws IOException {
    try (var inkwell = InkwellProcess.serve(database, "SHUTDOWN_TIMEOUT", "10s")) {
      int port = inkwell.port();
      try (var slow = startLogin(port)) {   // no sign-up first: this login makes the server's first hash
        inkwell.terminate();
        assertTrue(RawHttp.newConnectionsTurnedAway(port, Duration.ofSeconds(3)), "still serving new connections\n" + inkwell);
        String response = finishLogin(slow);
        // no such account: 401 after the decoy hash, as at any other time
        assertTrue(response.startsWith("HTTP/1.1 401"), response + "\n" + inkwell);
      }
      inkwell.exitCode(Duration.ofSeconds(5));
      assertFalse(inkwell.stderr().contains(" 500 "), inkwell.toString());
    }
  }

  @Test
  void a_request_in_flight_at_SIGTERM_completes_then_the_process_exits() throws IOException {
    try (var inkwell = InkwellProcess.serve(database, "SHUTDOWN_TIMEOUT", "10s")) {
      int port = inkwell.port();
      register(port, "ana");
      try (var slow = startLogin(port)) {
        inkwell.terminate();
        assertTrue(RawHttp.newConnectionsTurnedAway(port, Duration.ofSeconds(3)), "still serving new connections\n" + inkwell);
        // Sent at once: Jetty cuts a connection silent for 1 s once stopping (its shutdownIdleTimeout), whatever
        // SHUTDOWN_TIMEOUT says; a request the server is working on is not cut (the test below).

        String response = finishLogin(slow);
        assertTrue(response.startsWith("HTTP/1.1 200"), response + "\n" + inkwell);
        int bodyStart = response.indexOf("\r\n\r\n") + 4;
        String length = response.lines().filter(h -> h.toLowerCase().startsWith("content-length:")).findFirst()
            .map(h -> h.substring(h.indexOf(':') + 1).trim()).orElseThrow(() -> new AssertionError(response));
        assertEquals(Integer.parseInt(length), response.substring(bodyStart).getBytes(StandardCharsets.UTF_8).length, response);
        assertTrue(response.substring(bodyStart).contains("\"token\""), response);
      }
      long exitStarted = System.nanoTime();
      inkwell.exitCode(Duration.ofSeconds(5));
      assertTrue(Duration.ofNanos(System.nanoTime() - exitStarted).toMillis() < 5_000);
      assertTrue(inkwell.stderr().contains("POST /api/users/login 200"), inkwell.toString());
      assertFalse(Files.exists(writeAheadLog()), "the pool was not closed: " + writeAheadLog() + " is left\n" + inkwell);
    }
  }

  @Test
  void a_request_slow_on_the_server_side_at_SIGTERM_completes_while_new_connections_are_turned_away() throws Exception {
    try (var inkwell = InkwellProcess.serve(database, "SHUTDOWN_TIMEOUT", "10s")) {
      int port = inkwell.port();
      register(port, "ana");
      try (var lock = holdWriteLock()) {
        var register = registerInBackground(port, "bo");
        inkwell.awaitRequestInFlight(Duration.ofSeconds(20));   // the server hashes the password, then waits for the lock
        inkwell.terminate();
        assertTrue(RawHttp.newConnectionsTurnedAway(port, Duration.ofSeconds(3)), "still serving new connections\n" + inkwell);
        pause(Duration.ofMillis(1_500)); // silent for longer than Jetty's shutdownIdleTimeout (1 s), well within ours
        lock.rollback();
        var reply = register.get(10, TimeUnit.SECONDS);
        assertEquals(201, reply.status(), reply.body() + "\n" + inkwell);
      }
      inkwell.exitCode(Duration.ofSeconds(5));
      // held past Jetty's 1 s shutdownIdleTimeout (the 1.5 s the lock was held after the signal), and still answered
      assertTrue(Pattern.compile("POST /api/users 201 (\\d+)ms").matcher(inkwell.stderr()).results()
          .anyMatch(m -> Integer.parseInt(m.group(1)) >= 1_500), inkwell.toString());
      assertFalse(Files.exists(writeAheadLog()), "the pool was not closed\n" + inkwell);
    }
  }

  @Test
  void during_shutdown_a_new_request_on_a_kept_alive_connection_gets_503_with_retry_after() throws Exception {
    try (var inkwell = InkwellProcess.serve(database, "SHUTDOWN_TIMEOUT", "10s")) {
      int port = inkwell.port();
      var http = new Http("http://127.0.0.1:" + port);
      var signedUp = tryRegister(http, newUser("di"));
      assertEquals(201, signedUp.status(), signedUp.body());
      String token = signedUp.json().at("/user/token").asText();
      try (var lock = holdWriteLock(); var keptAlive = new Socket("127.0.0.1", port)) {
        keptAlive.setSoTimeout(5_000);
        assertEquals(200, RawHttp.healthOnKeptAlive(keptAlive));
        // keeps the shutdown waiting (a write, waiting for the lock; no password to hash once stopping)
        var write = CompletableFuture.supplyAsync(() -> http.post("/api/articles", token,
            Blog.articleJson("Written while stopping", "d", "b", List.of())));
        inkwell.awaitRequestInFlight(Duration.ofSeconds(20));
        inkwell.terminate();
        // Until the shutdown hook runs the connection is still served; from then on GracefulHandler answers 503, so
        // an open connection (a browser's) cannot start new work on a stopping server. (Without it Jetty would
        // just close the connection, and a client could not tell a stopping server from a network fault.)
        long deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        String response = "HTTP/1.1 200";
        while (response != null && response.startsWith("HTTP/1.1 200") && System.nanoTime() < deadline) {
          pause(Duration.ofMillis(50));
          response = RawHttp.healthReplyOnKeptAlive(keptAlive);
        }
        assertTrue(response != null && response.startsWith("HTTP/1.1 503"), "on a kept-alive connection while stopping: "
            + response + "\n" + inkwell);
        // come back once this instance is gone: after SHUTDOWN_TIMEOUT
        assertTrue(Pattern.compile("(?im)^Retry-After: 10$").matcher(response).find(), response);
        assertTrue(response.endsWith("{\"errors\":{\"request\":[\"service unavailable\"]}}"), response);
        lock.rollback();
        assertEquals(201, write.get(10, TimeUnit.SECONDS).status(), inkwell.toString());
      }
      inkwell.exitCode(Duration.ofSeconds(5));
      // one line when draining starts, one with the count when it ends, none per refused request
      assertTrue(inkwell.stderr().contains("INFO inkwell.web.Draining - draining: refusing new requests with 503"), inkwell.toString());
      assertTrue(inkwell.stderr().contains("INFO inkwell.web.Draining - drained: 1 new requests refused with 503"), inkwell.toString());
    }
  }

  @Test
  void a_request_that_never_completes_holds_the_exit_back_for_SHUTDOWN_TIMEOUT_only() throws Exception {
    try (var inkwell = InkwellProcess.serve(List.of(HIKARI_INFO), database, "SHUTDOWN_TIMEOUT", "1s")) {
      int port = inkwell.port();
      register(port, "ana");
      try (var lock = holdWriteLock()) {   // held until the process is gone: the request cannot finish
        var register = registerInBackground(port, "cy");
        inkwell.awaitRequestInFlight(Duration.ofSeconds(20));
        long signalled = System.nanoTime();
        inkwell.terminate();
        inkwell.exitCode(Duration.ofSeconds(15));
        long took = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
        assertTrue(took >= 900, "exited after " + took + " ms without waiting for the request in flight\n" + inkwell);
        assertTrue(took < 4_000, "exited after " + took + " ms; SHUTDOWN_TIMEOUT is 1s\n" + inkwell);
        assertThrows(Exception.class, () -> register.get(5, TimeUnit.SECONDS));
        assertTrue(inkwell.stderr().contains("inkwell-sqlite - Shutdown completed"), "the pool was not closed\n" + inkwell);
      }
    }
  }

  @Test
  void an_idle_server_exits_at_once_even_with_a_kept_alive_connection() {
    try (var inkwell = InkwellProcess.serve(database)) {
      int port = inkwell.port();
      // Http keeps its connection open for reuse: an idle connection must not hold the default 20 s timeout.
      assertEquals(200, new Http("http://127.0.0.1:" + port).get("/health", null).status());
      long signalled = System.nanoTime();
      inkwell.terminate();
      inkwell.exitCode(Duration.ofSeconds(10));
      long took = Duration.ofNanos(System.nanoTime() - signalled).toMillis();
      assertTrue(took < 3_000, "an idle server took " + took + " ms to stop\n" + inkwell);
      assertFalse(Files.exists(writeAheadLog()), "the pool was not closed\n" + inkwell);
    }
  }
}
