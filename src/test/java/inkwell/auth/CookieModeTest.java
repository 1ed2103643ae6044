package inkwell.auth;

import static inkwell.TestUsers.credentials;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import inkwell.config.Config;
import inkwell.Http;
import inkwell.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Cookie mode for browsers: ?cookie=true on login sets HttpOnly token cookies and a readable CSRF cookie;
 * cookie-authenticated unsafe requests need X-CSRF-Token; an expired access cookie is renewed from the refresh cookie.
 * A hand-made cookie jar stands in for the browser, so each cookie attribute can be checked.
 */
class CookieModeTest {
  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** A minimal browser: remembers Set-Cookie values (by name) and sends them back; drops those with Max-Age=0. */
  static final class Browser {
    final String base;
    final Map<String, String> jar = new HashMap<>();
    final Map<String, String> attributes = new HashMap<>();

    Browser(TestServer server) {
      this.base = "http://127.0.0.1:" + server.server.port();
    }

    HttpResponse<String> send(String method, String path, String json, Map<String, String> headers) throws Exception {
      var request = HttpRequest.newBuilder(URI.create(base + path))
          .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
      if (json != null) request.header("Content-Type", "application/json");
      if (!jar.isEmpty()) {
        request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
      }
      headers.forEach(request::header);
      var response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        String name = pair.substring(0, pair.indexOf('='));
        attributes.put(name, cookie);
        if (cookie.contains("Max-Age=0")) jar.remove(name);
        else jar.put(name, pair.substring(pair.indexOf('=') + 1));
      }
      return response;
    }

    HttpResponse<String> send(String method, String path, String json) throws Exception {
      return send(method, path, json, Map.of());
    }

    Map<String, String> csrf() {
      return Map.of("X-CSRF-Token", jar.get("inkwell_csrf"));
    }
  }

  static Browser loggedIn(TestServer server, String prefix) throws Exception {
    var user = server.register(prefix);
    var browser = new Browser(server);
    var login = browser.send("POST", "/api/users/login?cookie=true", credentials(user));
    assertEquals(200, login.statusCode(), login.body());
    return browser;
  }

  static String article(String title) {
    return Http.json(Map.of("article", Map.of("title", title, "description", "d", "body", "b")));
  }

  @Test
  void login_with_cookie_true_sets_httponly_token_cookies_and_a_readable_csrf_cookie() throws Exception {
    try (var server = TestServer.start()) {
      var browser = loggedIn(server, "cookie");
      String access = browser.attributes.get("inkwell_access");
      String refresh = browser.attributes.get("inkwell_refresh");
      String csrf = browser.attributes.get("inkwell_csrf");
      assertTrue(access.contains("HttpOnly") && access.contains("SameSite=Lax") && access.contains("Path=/;"), access);
      assertTrue(refresh.contains("HttpOnly") && refresh.contains("Path=/;"), refresh);
      assertFalse(csrf.contains("HttpOnly"), "scripts must be able to read the CSRF cookie: " + csrf);
      assertFalse(access.contains("Secure"), "COOKIE_SECURE is off by default (plain http on localhost)");
      var csrfClaim = com.auth0.jwt.JWT.decode(browser.jar.get("inkwell_access")).getClaim("csrf").asString();
      assertEquals(browser.jar.get("inkwell_csrf"), csrfClaim, "the CSRF cookie is the signed token's csrf claim");
    }
  }

  @Test
  void a_plain_login_sets_no_cookies() throws Exception {
    try (var server = TestServer.start()) {
      var user = server.register("plain");
      var browser = new Browser(server);
      var login = browser.send("POST", "/api/users/login", credentials(user));
      assertEquals(200, login.statusCode(), login.body());
      assertTrue(browser.jar.isEmpty(), browser.jar.toString());
    }
  }

  @Test
  void cookies_authenticate_reads_and_unsafe_methods_need_the_csrf_header() throws Exception {
    try (var server = TestServer.start()) {
      var browser = loggedIn(server, "csrf");
      assertEquals(200, browser.send("GET", "/api/user", null).statusCode(), "a GET needs no CSRF header");

      var noHeader = browser.send("POST", "/api/articles", article("No header"));
      assertEquals(403, noHeader.statusCode(), noHeader.body());
      assertTrue(new ObjectMapper().readTree(noHeader.body()).at("/errors/csrf").isArray(), noHeader.body());
      var wrong = browser.send("POST", "/api/articles", article("Wrong header"), Map.of("X-CSRF-Token", "guess"));
      assertEquals(403, wrong.statusCode());
      var right = browser.send("POST", "/api/articles", article("Right header"), browser.csrf());
      assertEquals(201, right.statusCode(), right.body());
    }
  }

  @Test
  void header_token_requests_are_unaffected_by_csrf_rules() throws Exception {
    try (var server = TestServer.start()) {
      String token = token(server.register("header"));
      assertEquals(201, server.http.post("/api/articles", token, article("Header token")).status());
    }
  }

  @Test
  void an_expired_access_cookie_is_renewed_from_the_refresh_cookie_and_the_request_goes_on() throws Exception {
    try (var server = TestServer.start(Map.of("ACCESS_TOKEN_TTL", "1s", "TOKEN_LEEWAY", "0"))) {
      var browser = loggedIn(server, "renew");
      String before = browser.jar.get("inkwell_access");
      Thread.sleep(2100);
      var reply = browser.send("GET", "/api/user", null);
      assertEquals(200, reply.statusCode(), reply.body());
      String after = browser.jar.get("inkwell_access");
      assertNotEquals(before, after, "the response set a new access cookie");
      assertEquals(false, com.auth0.jwt.JWT.decode(after).getClaim("fresh").asBoolean(), "renewed tokens are not fresh");
      assertEquals(201, browser.send("POST", "/api/articles", article("After renewal"), browser.csrf()).statusCode());

      Thread.sleep(2100);
      browser.jar.remove("inkwell_refresh");
      var withoutRefresh = browser.send("GET", "/api/user", null);
      assertEquals(401, withoutRefresh.statusCode());
      assertTrue(withoutRefresh.body().contains("expired"), withoutRefresh.body());
    }
  }

  @Test
  void renewal_needs_the_csrf_header_on_unsafe_methods_too() throws Exception {
    try (var server = TestServer.start(Map.of("ACCESS_TOKEN_TTL", "1s", "TOKEN_LEEWAY", "0"))) {
      var browser = loggedIn(server, "renewcsrf");
      Thread.sleep(2100);
      var reply = browser.send("POST", "/api/articles", article("Forged"));
      assertEquals(403, reply.statusCode(), reply.body());
      assertNull(reply.headers().firstValue("Set-Cookie").orElse(null), "nothing is issued to a forged request");
    }
  }

  @Test
  void refresh_by_cookie_needs_csrf_and_sets_new_cookies() throws Exception {
    try (var server = TestServer.start()) {
      var browser = loggedIn(server, "refreshcookie");
      String oldRefresh = browser.jar.get("inkwell_refresh");
      assertEquals(403, browser.send("POST", "/api/users/refresh?cookie=true", null).statusCode());
      var reply = browser.send("POST", "/api/users/refresh?cookie=true", null, browser.csrf());
      assertEquals(200, reply.statusCode(), reply.body());
      assertNotEquals(oldRefresh, browser.jar.get("inkwell_refresh"), "rotated");
      assertEquals(200, browser.send("GET", "/api/user", null).statusCode());
    }
  }

  @Test
  void logout_clears_the_cookies_and_revokes_the_login() throws Exception {
    try (var server = TestServer.start()) {
      var browser = loggedIn(server, "cookieout");
      var kept = new HashMap<>(browser.jar);
      assertEquals(204, browser.send("POST", "/api/users/logout", null, browser.csrf()).statusCode());
      assertTrue(browser.jar.isEmpty(), "every cookie was cleared: " + browser.jar);
      browser.jar.putAll(kept);   // a copy kept by an attacker
      var reply = browser.send("GET", "/api/user", null);
      assertEquals(401, reply.statusCode());
      assertTrue(reply.body().contains("revoked"), reply.body());
    }
  }

  @Test
  void a_stale_cookie_on_a_public_page_reads_as_anonymous() throws Exception {
    try (var server = TestServer.start()) {
      var browser = new Browser(server);
      browser.jar.put("inkwell_access", "not-a-token");
      assertEquals(200, browser.send("GET", "/api/articles", null).statusCode());
      assertEquals(401, browser.send("GET", "/api/user", null).statusCode());
    }
  }

  @Test
  void secure_and_samesite_are_configurable_and_none_needs_secure() throws Exception {
    try (var server = TestServer.start(Map.of("COOKIE_SECURE", "true", "COOKIE_SAMESITE", "strict"))) {
      var browser = loggedIn(server, "secure");
      for (String name : List.of("inkwell_access", "inkwell_refresh", "inkwell_csrf")) {
        String cookie = browser.attributes.get(name);
        assertTrue(cookie.contains("; Secure") && cookie.contains("SameSite=Strict"), cookie);
      }
    }
    var e = assertThrows(Config.Invalid.class, () -> Config.fromEnv(Map.of("COOKIE_SAMESITE", "none")));
    assertTrue(e.getMessage().startsWith("COOKIE_SAMESITE"), e.getMessage());
  }
}
