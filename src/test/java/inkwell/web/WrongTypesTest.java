package inkwell.web;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.tryRegister;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Well-formed JSON with a value of the wrong type gives 422 naming the field, and stores nothing. */
class WrongTypesTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"user\":{\"username\":5,\"email\":\"a5@example.com\",\"password\":\"correct horse\"}}        | user.username | string",
      "{\"user\":{\"username\":true,\"email\":\"at@example.com\",\"password\":\"correct horse\"}}     | user.username | string",
      "{\"user\":{\"username\":\"ann\",\"email\":[\"a@example.com\"],\"password\":\"correct horse\"}} | user.email    | string",
      "{\"user\":{\"username\":\"ann\",\"email\":\"a@example.com\",\"password\":12345678}}             | user.password | string",
      "{\"user\":{\"username\":\"ann\",\"email\":\"a@example.com\",\"password\":{\"p\":1}}}            | user.password | string",
      "{\"user\":\"x\"}                                                                            | user          | object",
      "{\"user\":[]}                                                                               | user          | object",
      "[]                                                                                          | body          | object",
      "\"just a string\"                                                                           | body          | object"})
  void wrong_type_gives_422_naming_the_field(String body, String field, String expected) {
    var messages = assertError(tryRegister(server.http, body), 422, field);
    assertTrue(messages.get(0).contains("wrong type") && messages.get(0).contains(expected), messages.toString());
  }

  @Test
  void a_register_refused_for_a_wrong_type_stores_nothing() {
    assertError(tryRegister(server.http, "{\"user\":{\"username\":\"typo\",\"email\":\"typo@example.com\",\"password\":12345678}}"), 422, "user.password");
    var retry = tryRegister(server.http, "{\"user\":{\"username\":\"typo\",\"email\":\"typo@example.com\",\"password\":\"12345678\"}}");
    assertEquals(201, retry.status(), retry.body());
  }

  @Test
  void wrong_type_on_login_gives_422_not_401() {
    var reply = server.http.post("/api/users/login", null, "{\"user\":{\"email\":1,\"password\":\"x\"}}");
    assertError(reply, 422, "user.email");
    var nullPassword = server.http.post("/api/users/login", null, "{\"user\":{\"email\":\"a@example.com\",\"password\":null}}");
    assertError(nullPassword, 422, "password");
  }

  @Test
  void wrong_type_on_update_gives_422_and_changes_nothing() {
    var user = server.register("tim");
    String token = user.get("token").asText();
    assertError(server.http.put("/api/user", token, "{\"user\":{\"bio\":\"new\",\"image\":42}}"), 422, "user.image");
    assertEquals("", server.http.get("/api/user", token).json().at("/user/bio").asText());
  }
}
