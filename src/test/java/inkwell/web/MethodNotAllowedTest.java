package inkwell.web;

import static inkwell.ErrorReplies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A method the path does not serve (PROPFIND, TRACE, PATCH, a POST where only GET exists) is 405 with an Allow header
 * naming the methods that path does serve; an unknown path stays 404. OPTIONS (no CORS here) answers 204 with Allow.
 */
class MethodNotAllowedTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static Http.Reply send(String method, String path) {
    return server.http.send(method, path, null, null, null);
  }

  static List<String> allow(Http.Reply reply) {
    String allow = reply.header("Allow");
    assertTrue(allow != null, "no Allow header: " + reply);
    return Arrays.stream(allow.split(",")).map(String::trim).sorted().toList();
  }

  @Test
  void unknown_and_unrouted_methods_on_a_known_path_are_405_with_allow() {
    for (String method : List.of("PROPFIND", "PATCH", "POST", "DELETE", "MKCOL")) {
      var reply = send(method, "/api/tags");
      assertError(reply, 405, "method");
      assertEquals(List.of("GET", "HEAD", "OPTIONS"), allow(reply), method);
    }
  }

  @Test
  void allow_lists_every_method_of_a_path_with_a_parameter() {
    var reply = send("PATCH", "/api/articles/some-slug");
    assertError(reply, 405, "method");
    assertEquals(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), allow(reply));
    var user = send("POST", "/api/user");
    assertError(user, 405, "method");
    assertEquals(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), allow(user));
    var login = send("GET", "/api/users/login");
    assertError(login, 405, "method");
    assertEquals(List.of("OPTIONS", "POST"), allow(login));
  }

  @Test
  void TRACE_is_405_and_never_echoes_the_request() {
    var raw = HeadRequestTest.exchange(server.server.port(), "TRACE", "/api/articles",
        "Authorization: Token secret-token-value\r\nCookie: inkwell_access=secret-cookie-value\r\n");
    assertEquals(405, raw.status());
    assertFalse(raw.body().contains("secret-"), raw.body());
    assertFalse(raw.body().contains("Authorization") || raw.body().contains("Cookie"), raw.body());
    assertTrue(raw.body().contains("\"errors\""), raw.body());
    assertTrue(raw.header("Content-Type").startsWith("application/json"), raw.header("Content-Type"));
    var unknown = HeadRequestTest.exchange(server.server.port(), "TRACE", "/no-such-path",
        "Cookie: inkwell_access=secret-cookie-value\r\n");
    assertEquals(404, unknown.status());
    assertFalse(unknown.body().contains("secret-"), unknown.body());
  }

  @Test
  void an_unknown_path_stays_404_for_any_method() {
    for (String method : List.of("GET", "PROPFIND", "PATCH", "OPTIONS")) {
      var reply = send(method, "/api/no-such-thing");
      assertError(reply, 404, "route");
      assertNull(reply.header("Allow"), method);
    }
  }

  @Test
  void OPTIONS_without_cors_answers_204_with_allow_and_needs_no_token() {
    var reply = send("OPTIONS", "/api/user");
    assertEquals(204, reply.status(), reply.body());
    assertEquals("", reply.body());
    assertEquals(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), allow(reply));
    assertNull(reply.header("Access-Control-Allow-Origin"));
    assertEquals(List.of("GET", "HEAD", "OPTIONS"), allow(send("OPTIONS", "/health")));
  }

  @Test
  void OPTIONS_and_a_405_name_the_same_methods() {
    // PUT /api/articles/feed updates an article called "feed": the feed's path serves what {slug} serves, and GET
    for (String path : List.of("/api/articles", "/api/articles/feed", "/api/articles/a-slug/comments/1", "/docs")) {
      assertEquals(allow(send("OPTIONS", path)), allow(send("PROPFIND", path)), path);
    }
    assertEquals(List.of("DELETE", "GET", "HEAD", "OPTIONS", "PUT"), allow(send("OPTIONS", "/api/articles/feed")));
  }

  @Test
  void health_probes_refuse_other_methods_with_405_too() {
    for (String method : List.of("POST", "PROPFIND")) {
      var reply = send(method, "/health");
      assertError(reply, 405, "method");
      assertEquals(List.of("GET", "HEAD", "OPTIONS"), allow(reply), method);
    }
  }
}
