package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A RealWorld frontend on another origin can call the API from a browser when CORS_ORIGINS lets it: nobody by
 * default, any origin without credentials with "*", listed origins with credentials (cookie mode).
 */
class CorsTest {
  static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  static HttpResponse<String> preflight(TestServer server, String origin) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/api/articles"))
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization,content-type")
        .build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> getTags(TestServer server, String origin) throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/api/tags"))
        .header("Origin", origin).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static String allowOrigin(HttpResponse<String> reply) {
    return reply.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
  }

  @Test
  void by_default_no_other_origin_is_allowed() throws Exception {
    try (var server = TestServer.start()) {
      assertNull(allowOrigin(preflight(server, "http://localhost:4200")));
      var reply = getTags(server, "http://localhost:3000");
      assertEquals(200, reply.statusCode(), "same-origin and non-browser clients are unaffected");
      assertNull(allowOrigin(reply));
    }
  }

  @Test
  void star_allows_any_origin_to_send_authorization_and_json_but_never_credentials() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "*"))) {
      var reply = preflight(server, "http://localhost:4200");
      assertEquals(204, reply.statusCode());
      String origin = allowOrigin(reply);
      assertTrue("*".equals(origin) || "http://localhost:4200".equals(origin), String.valueOf(origin));
      String headers = reply.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
      assertTrue(headers.contains("authorization") && headers.contains("content-type"), headers);
      assertTrue(reply.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
      assertNull(reply.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
      var get = getTags(server, "http://localhost:3000");
      assertTrue(allowOrigin(get) != null);
      assertNull(get.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
    }
  }

  @Test
  void configured_origins_are_allowed_with_credentials_and_others_are_not() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "http://localhost:4200, https://blog.example"))) {
      var get = getTags(server, "https://blog.example");
      assertEquals("https://blog.example", allowOrigin(get));
      assertEquals("true", get.headers().firstValue("Access-Control-Allow-Credentials").orElse(null));
      var pre = preflight(server, "http://localhost:4200");
      assertEquals(204, pre.statusCode());
      assertEquals("http://localhost:4200", allowOrigin(pre));
      assertNull(allowOrigin(getTags(server, "http://evil.example")));
      assertNull(allowOrigin(preflight(server, "http://evil.example")));
    }
  }

  static HttpResponse<String> send(TestServer server, String method, String path, String origin, String token, String body)
      throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (origin != null) request.header("Origin", origin);
    if (token != null) request.header("Authorization", "Token " + token);
    if (body != null) request.header("Content-Type", "application/json");
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static List<String> corsHeaders(HttpResponse<String> reply) {
    return reply.headers().map().keySet().stream().filter(h -> h.toLowerCase().startsWith("access-control-")).toList();
  }

  static String header(HttpResponse<String> reply, String name) {
    return reply.headers().firstValue(name).orElse(null);
  }

  @Test
  void an_unlisted_origin_gets_the_normal_answer_without_allow_headers() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "http://app.example"))) {
      String token = server.register("cors").get("token").asText();
      for (String path : List.of("/api/tags", "/api/user", "/health")) {
        var plain = send(server, "GET", path, null, token, null);
        var unlisted = send(server, "GET", path, "http://evil.example", token, null);
        assertEquals(plain.statusCode(), unlisted.statusCode(), path + ": " + unlisted.body());
        assertEquals(200, unlisted.statusCode(), path);
        assertEquals(plain.body(), unlisted.body(), path);
        assertEquals(List.of(), corsHeaders(unlisted), path);
      }
    }
  }

  @Test
  void a_completed_action_from_an_unlisted_origin_is_never_turned_into_an_error() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "http://app.example"))) {
      String token = server.register("cors").get("token").asText();
      var update = send(server, "PUT", "/api/user", "http://evil.example", token,
          Http.json(Map.of("user", Map.of("bio", "written from elsewhere"))));
      assertEquals(200, update.statusCode(), update.body());
      assertEquals("written from elsewhere", server.http.get("/api/user", token).json().at("/user/bio").asText());
      assertEquals(List.of(), corsHeaders(update));
      // A browser sends Origin on a same-origin POST too; the page's own origin is simply not a cross origin.
      String self = "http://127.0.0.1:" + server.server.port();
      var sameOrigin = send(server, "GET", "/api/user", self, token, null);
      assertEquals(200, sameOrigin.statusCode(), sameOrigin.body());
    }
  }

  @Test
  void a_listed_origin_gets_its_origin_echoed_with_credentials_vary_and_exposed_headers() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "http://app.example"))) {
      var reply = send(server, "GET", "/api/user", "http://app.example", null, null);
      assertEquals(401, reply.statusCode(), "a refusal is readable by the frontend too");
      assertEquals("http://app.example", allowOrigin(reply));
      assertEquals("true", header(reply, "Access-Control-Allow-Credentials"));
      assertTrue(reply.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Origin")), reply.headers().map().toString());
      String exposed = header(reply, "Access-Control-Expose-Headers");
      assertTrue(exposed != null && exposed.contains("WWW-Authenticate") && exposed.contains("Retry-After"), exposed);
    }
  }

  @Test
  void a_preflight_from_a_listed_origin_is_answered_204_before_any_access_check() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "http://app.example"))) {
      for (String path : List.of("/api/user", "/api/admin/users", "/api/articles/some-slug")) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + path))
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "http://app.example")
            .header("Access-Control-Request-Method", "PUT")
            .header("Access-Control-Request-Headers", "authorization,content-type,x-csrf-token")
            .build();
        var reply = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(204, reply.statusCode(), path + ": " + reply.body());
        assertEquals("", reply.body());
        assertEquals("http://app.example", allowOrigin(reply));
        assertEquals("true", header(reply, "Access-Control-Allow-Credentials"));
        assertTrue(header(reply, "Access-Control-Allow-Methods").contains("PUT"), header(reply, "Access-Control-Allow-Methods"));
        String headers = header(reply, "Access-Control-Allow-Headers").toLowerCase();
        assertTrue(headers.contains("authorization") && headers.contains("content-type") && headers.contains("x-csrf-token"), headers);
        assertEquals("600", header(reply, "Access-Control-Max-Age"));
      }
    }
  }

  /** The choice for an unlisted origin's preflight: the plain OPTIONS answer (204 with Allow), no CORS allow headers. */
  @Test
  void a_preflight_from_an_unlisted_origin_gets_the_plain_OPTIONS_answer_without_allow_headers() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "http://app.example"))) {
      var reply = preflight(server, "http://evil.example");
      assertEquals(204, reply.statusCode(), reply.body());
      assertEquals(List.of(), corsHeaders(reply));
      assertTrue(header(reply, "Allow").contains("POST"), header(reply, "Allow"));
    }
  }

  @Test
  void star_mixed_with_origins_is_refused_at_start() {
    var error = org.junit.jupiter.api.Assertions.assertThrows(inkwell.config.Config.Invalid.class,
        () -> inkwell.config.Config.fromEnv(Map.of("CORS_ORIGINS", "*,https://blog.example")));
    assertTrue(error.getMessage().startsWith("CORS_ORIGINS"), error.getMessage());
  }
}
