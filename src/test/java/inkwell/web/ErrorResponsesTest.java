package inkwell.web;

import static inkwell.ErrorReplies.assertError;
import static inkwell.ErrorReplies.assertErrorShape;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Requests that go wrong before any handler logic: unknown routes and bodies that are not JSON. Never a 500. */
class ErrorResponsesTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static Http.Reply register(String body, String contentType) {
    return server.http.send("POST", "/api/users", body, contentType, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/no-such-route", "/no-such-page", "/api", "/api/users/login/extra", "/api/user/../users"})
  void unknown_route_gives_404_in_the_error_shape(String path) {
    var reply = server.http.get(path, null);
    var messages = assertError(reply, 404, "route");
    assertTrue(messages.get(0).contains("no such route"), messages.toString());
  }

  @Test
  void known_path_with_an_unrouted_method_gives_a_json_4xx() {
    var reply = server.http.send("PATCH", "/api/user", "{}", "application/json", null);
    assertError(reply, 405, "method");   // with Allow: MethodNotAllowedTest
  }

  // application/x-www-form-urlencoded is accepted by register and login (FormBodyTest checks 415 elsewhere)
  @ParameterizedTest
  @ValueSource(strings = {"text/plain", "multipart/form-data; boundary=x", "application/jsonx"})
  void body_that_is_not_declared_json_gives_415(String contentType) {
    var messages = assertError(register("{\"user\":{}}", contentType), 415, "body");
    assertTrue(messages.get(0).contains("application/json"), messages.toString());
  }

  /** Refused by Jetty before Javalin runs; JettyErrors still answers in our shape, not Jetty's HTML page. */
  @Test
  void oversized_header_gives_431_in_the_error_shape() {
    var reply = server.http.send("GET", "/api/user", null, null, "Bearer " + "a".repeat(30_000));
    var messages = assertError(reply, 431, "request");
    assertTrue(messages.get(0).contains("too large"), messages.toString());
  }

  @Test
  void body_without_a_content_type_gives_415() {
    assertError(register("{\"user\":{}}", null), 415, "body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"application/json; charset=utf-8", "APPLICATION/JSON", "application/vnd.api+json"})
  void json_content_type_variants_are_accepted(String contentType) {
    assertError(register("{\"user\":{}}", contentType), 422, "username");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{", "{\"user\":", "not json", "{'user':{}}", "{\"user\":{}} trailing"})
  void malformed_json_gives_400(String body) {
    assertError(register(body, "application/json"), 400, "body");
  }

  @Test
  void empty_or_null_json_body_gives_400() {
    assertError(register("", "application/json"), 400, "body");
    assertError(register("null", "application/json"), 400, "body");
  }

  @Test
  void deeply_nested_json_gives_a_4xx_not_a_500() {
    var reply = register("[".repeat(5000) + "]".repeat(5000), "application/json");
    assertTrue(reply.status() == 400 || reply.status() == 422, reply.status() + " " + reply.body());
    assertErrorShape(reply);
  }

  @Test
  void body_over_the_default_1_MB_limit_gives_413() {
    String body = "{\"user\":{\"bio\":\"" + "x".repeat(1_100_000) + "\"}}";
    var messages = assertError(register(body, "application/json"), 413, "request");
    assertTrue(messages.get(0).contains("too large"), messages.toString());
  }

  @Test
  void body_just_under_the_default_limit_is_read() {
    String body = "{\"user\":{\"bio\":\"" + "x".repeat(900_000) + "\"}}";
    assertError(register(body, "application/json"), 422, "username");
  }
}
