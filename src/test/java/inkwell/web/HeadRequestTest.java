package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Load balancers and uptime checks ask with HEAD. A HEAD answers exactly as the GET of the same path would (status,
 * headers, the same access rules), only without a body. Sent by hand on a socket, so a body sent by mistake shows.
 */
class HeadRequestTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  /** The status line and headers of a raw exchange, and whatever came after them. */
  record Raw(int status, List<String> headers, String body) {
    String header(String name) {
      String prefix = name.toLowerCase(Locale.ROOT) + ":";
      return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
          .map(h -> h.substring(prefix.length()).trim()).findFirst().orElse(null);
    }
  }

  /** Sends "METHOD path" with {@code extraHeaders} (each ending in CRLF) on a new connection and reads all of the reply. */
  static Raw exchange(int port, String method, String path, String extraHeaders) {
    String request = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "Connection: close\r\n\r\n";
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      String reply = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = reply.indexOf("\r\n\r\n");
      assertTrue(end > 0, "no complete head in: " + reply);
      String[] lines = reply.substring(0, end).split("\r\n");
      return new Raw(Integer.parseInt(lines[0].substring(9, 12)), List.of(lines).subList(1, lines.length), reply.substring(end + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Raw head(String path, String extraHeaders) {
    return exchange(server.server.port(), "HEAD", path, extraHeaders);
  }

  @Test
  void HEAD_health_and_ready_answer_200_like_GET_without_a_body() {
    for (String path : List.of("/health", "/ready")) {
      var get = exchange(server.server.port(), "GET", path, "");
      var head = head(path, "");
      assertEquals(200, head.status(), path);
      assertEquals("", head.body(), path);
      assertEquals(get.header("Content-Type"), head.header("Content-Type"), path);
      assertEquals(get.header("Content-Length"), head.header("Content-Length"), path + ": the length GET would send");
    }
  }

  @Test
  void HEAD_answers_with_the_status_and_content_type_of_GET_on_every_GET_route() {
    List<String> differences = new ArrayList<>();
    for (var route : server.server.routes().all()) {
      if (!route.method().equals("GET")) continue;
      String path = route.path().replace("{slug}", "no-such-slug").replace("{username}", "nobody");
      var get = exchange(server.server.port(), "GET", path, "");
      var head = head(path, "");
      if (head.status() != get.status() || !head.body().isEmpty()
          || !String.valueOf(get.header("Content-Type")).equals(String.valueOf(head.header("Content-Type")))) {
        differences.add(path + ": GET " + get.status() + " " + get.header("Content-Type") + ", HEAD " + head.status()
            + " " + head.header("Content-Type") + " body '" + head.body() + "'");
      }
    }
    assertEquals(List.of(), differences);
  }

  @Test
  void HEAD_keeps_the_access_rules_of_GET() {
    var anonymous = head("/api/user", "");
    assertEquals(401, anonymous.status());
    assertEquals("", anonymous.body());
    assertNotNull(anonymous.header("WWW-Authenticate"));

    String token = server.register("head").get("token").asText();
    var signedIn = head("/api/user", "Authorization: Token " + token + "\r\n");
    assertEquals(200, signedIn.status());
    assertEquals("", signedIn.body());
    assertEquals(401, head("/api/articles/feed", "").status());
  }

  @Test
  void HEAD_on_a_static_file_answers_like_GET() {
    var stylesheet = Pattern.compile("href=\"(/webjars/[^\"]+\\.css)\"")
        .matcher(exchange(server.server.port(), "GET", "/docs", "").body());
    assertTrue(stylesheet.find(), "the docs page links Swagger UI's stylesheet");
    var get = exchange(server.server.port(), "GET", stylesheet.group(1), "");
    var head = head(stylesheet.group(1), "");
    assertEquals(200, get.status());
    assertEquals(200, head.status());
    assertEquals("", head.body());
    assertEquals(get.header("Content-Type"), head.header("Content-Type"));
  }

  @Test
  void HEAD_on_an_unknown_path_is_404_without_a_body() {
    var reply = head("/api/no-such-thing", "");
    assertEquals(404, reply.status());
    assertEquals("", reply.body());
  }
}
