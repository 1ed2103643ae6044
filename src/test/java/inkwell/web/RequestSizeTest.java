package inkwell.web;

import static inkwell.ErrorReplies.assertError;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** MAX_REQUEST_BYTES caps every body: past it the answer is 413 in the error shape, before any parsing. */
class RequestSizeTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass(Map.of("MAX_REQUEST_BYTES", "2048"));

  static String registerBodyOf(int bytes) {
    String prefix = "{\"user\":{\"bio\":\"";
    return prefix + "x".repeat(bytes - prefix.length() - 3) + "\"}}";
  }

  @Test
  void body_over_the_limit_gives_413() {
    var messages = assertError(server.http.post("/api/users", null, registerBodyOf(4096)), 413, "request");
    assertTrue(messages.get(0).contains("too large"), messages.toString());
  }

  @Test
  void chunked_body_of_unknown_length_over_the_limit_gives_413() throws Exception {
    var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/api/users"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(registerBodyOf(8192).getBytes(UTF_8))))
        .build();
    var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertError(new Http.Reply(response.statusCode(), response.headers(), response.body()), 413, "request");
  }

  @Test
  void body_under_the_limit_is_read() {
    assertError(server.http.post("/api/users", null, registerBodyOf(2000)), 422, "username");
  }

  @Test
  void the_limit_applies_to_login_update_and_refresh_too() {
    String token = server.register("big").get("token").asText();
    assertError(server.http.post("/api/users/login", null, registerBodyOf(4096)), 413, "request");
    assertError(server.http.put("/api/user", token, registerBodyOf(4096)), 413, "request");
    assertError(server.http.post("/api/users/refresh", null, registerBodyOf(4096)), 413, "request");
  }
}
