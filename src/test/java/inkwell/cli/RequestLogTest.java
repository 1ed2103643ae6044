package inkwell.cli;

import static inkwell.TestUsers.email;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.tryRegister;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import inkwell.Http;
import inkwell.TestDatabase;
import inkwell.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * One line per request at INFO on the real process's stderr: method, path, status, duration and user id, and
 * never a token, password, cookie, query string or the JWT secret. LOG_LEVEL=warn leaves them out.
 * Run on SQLite only: the log is the web layer's, the same on either database, and each child JVM costs seconds.
 */
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres")
class RequestLogTest {
  static final String PASSWORD = "password-that-must-not-be-logged";
  static final String COOKIE = "session=cookie-value-that-must-not-be-logged";
  static final Pattern REQUEST_LINE = Pattern.compile("[A-Z]+ /\\S* \\d{3} \\d+ms user=\\S+$");

  TestDatabase database;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.create();
  }

  @AfterEach
  void dropDatabase() {
    database.close();
  }

  /** A few requests a client makes; returns the credentials they carried, none of which may be logged. */
  record Session(String userId, List<String> secrets) {}

  static Session useTheApi(int port) {
    var http = new Http("http://127.0.0.1:" + port);
    var registered = tryRegister(http, newUser("ana", email("ana"), PASSWORD));
    assertEquals(201, registered.status(), registered.body());
    var login = tryLogin(http, email("ana"), PASSWORD);
    assertEquals(200, login.status(), login.body());
    String token = login.json().get("user").get("token").asText();
    String refreshToken = login.json().get("user").get("refreshToken").asText();
    assertEquals(200, http.get("/api/user", token).status());
    assertEquals(401, http.get("/api/user", null).status());
    assertEquals(200, http.get("/api/articles?author=query-value-that-must-not-be-logged", null).status());
    // A Cookie header too, which Http cannot send.
    assertEquals(200, RawHttp.status(RawHttp.exchange(port, "GET /api/user HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Authorization: Token " + token + "\r\nCookie: " + COOKIE + "\r\nConnection: close\r\n\r\n")));
    return new Session(JWT.decode(token).getSubject(), List.of(PASSWORD, token, refreshToken, TestServer.SECRET,
        "cookie-value-that-must-not-be-logged", "query-value-that-must-not-be-logged"));
  }

  /** Stops the process (so that every line is written) and returns its stderr's request lines. */
  static List<String> requestLines(InkwellProcess inkwell) {
    inkwell.terminate();
    inkwell.exitCode(Duration.ofSeconds(10));
    return inkwell.stderr().lines().filter(line -> REQUEST_LINE.matcher(line).find()).toList();
  }

  static void assertLogged(List<String> lines, String expected) {
    assertTrue(lines.stream().anyMatch(line -> Pattern.compile(" INFO .* - " + expected + "$").matcher(line).find()),
        "no line like '" + expected + "' in:\n" + String.join("\n", lines));
  }

  @Test
  void at_info_each_request_is_one_line_with_its_user_and_no_credentials() {
    try (var inkwell = InkwellProcess.serve(database, "LOG_LEVEL", "info")) {
      var session = useTheApi(inkwell.port());
      var lines = requestLines(inkwell);

      assertEquals(6, lines.size(), String.join("\n", lines));
      assertLogged(lines, "POST /api/users 201 \\d+ms user=-");
      assertLogged(lines, "POST /api/users/login 200 \\d+ms user=-");
      assertLogged(lines, "GET /api/user 200 \\d+ms user=" + session.userId());
      assertLogged(lines, "GET /api/user 401 \\d+ms user=-");
      assertLogged(lines, "GET /api/articles 200 \\d+ms user=-");
      for (String secret : session.secrets()) {
        assertFalse(inkwell.stderr().contains(secret) || inkwell.stdout().contains(secret),
            "logged: " + secret + "\n" + inkwell);
      }
    }
  }

  @Test
  void at_warn_requests_are_not_logged() {
    try (var inkwell = InkwellProcess.serve(database, "LOG_LEVEL", "warn")) {
      useTheApi(inkwell.port());
      var lines = requestLines(inkwell);
      assertEquals(List.of(), lines);
      assertFalse(inkwell.stderr().contains(" INFO "), inkwell.toString());
    }
  }
}
