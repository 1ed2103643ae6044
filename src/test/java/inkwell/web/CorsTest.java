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

/** A RealWorld frontend on another origin can call the API from a browser; CORS_ORIGINS narrows who may. */
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

  @Test
  void by_default_any_origin_may_send_authorization_and_json() throws Exception {
    try (var server = TestServer.start()) {
      var reply = preflight(server, "http://localhost:4200");
      assertEquals(200, reply.statusCode());
      String origin = reply.headers().firstValue("Access-Control-Allow-Origin").orElse(null);
      assertTrue("*".equals(origin) || "http://localhost:4200".equals(origin), String.valueOf(origin));
      String headers = reply.headers().firstValue("Access-Control-Allow-Headers").orElse("").toLowerCase();
      assertTrue(headers.contains("authorization") && headers.contains("content-type"), headers);
      assertTrue(getTags(server, "http://localhost:3000").headers().firstValue("Access-Control-Allow-Origin").isPresent());
    }
  }

  @Test
  void configured_origins_are_allowed_and_others_are_not() throws Exception {
    try (var server = TestServer.start(Map.of("CORS_ORIGINS", "http://localhost:4200, https://blog.example"))) {
      assertEquals("https://blog.example",
          getTags(server, "https://blog.example").headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      assertNull(getTags(server, "http://evil.example").headers().firstValue("Access-Control-Allow-Origin").orElse(null));
    }
  }
}
