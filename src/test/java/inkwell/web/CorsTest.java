package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
      assertEquals(200, reply.statusCode());
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
      assertEquals(200, pre.statusCode());
      assertEquals("http://localhost:4200", allowOrigin(pre));
      assertNull(allowOrigin(getTags(server, "http://evil.example")));
      assertNull(allowOrigin(preflight(server, "http://evil.example")));
    }
  }

  @Test
  void star_mixed_with_origins_is_refused_at_start() {
    var error = org.junit.jupiter.api.Assertions.assertThrows(inkwell.Config.Invalid.class,
        () -> inkwell.Config.fromEnv(Map.of("CORS_ORIGINS", "*,https://blog.example")));
    assertTrue(error.getMessage().startsWith("CORS_ORIGINS"), error.getMessage());
  }
}
