package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.TOO_SHORT_PASSWORD;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.tryRegister;
import static inkwell.TestUsers.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/users refuses a sign-up it cannot accept with 422 {"errors":{"field":[...]}}, and stores nothing. */
class RegisterValidationTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void missing_fields_each_give_422_cant_be_blank() {
    var reply = tryRegister(server.http, "{\"user\":{}}");
    for (String field : List.of("username", "email", "password")) {
      assertEquals(List.of("can't be blank"), assertError(reply, 422, field));
    }
  }

  @Test
  void blank_fields_each_give_422_cant_be_blank() {
    var reply = tryRegister(server.http, newUser("  ", "", "        "));
    for (String field : List.of("username", "email", "password")) {
      assertEquals(List.of("can't be blank"), assertError(reply, 422, field));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"username\":\"flat\",\"email\":\"flat@example.com\",\"password\":\"correct horse\"}"})
  void body_without_the_user_wrapper_gives_422(String body) {
    assertError(tryRegister(server.http, body), 422, "user");
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 64, 128})
  void password_of_8_to_128_characters_is_accepted(int length) {
    String name = unique("len");
    var reply = tryRegister(server.http, newUser(name, name + "@example.com", "p".repeat(length)));
    assertEquals(201, reply.status(), reply.body());
  }

  @Test
  void password_of_7_characters_is_too_short() {
    String name = unique("short");
    var messages = assertError(tryRegister(server.http, newUser(name, name + "@example.com", TOO_SHORT_PASSWORD)), 422, "password");
    assertTrue(messages.get(0).contains("too short"), messages.toString());
  }

  @Test
  void password_of_129_characters_is_too_long() {
    String name = unique("long");
    var messages = assertError(tryRegister(server.http, newUser(name, name + "@example.com", "p".repeat(129))), 422, "password");
    assertTrue(messages.get(0).contains("too long"), messages.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"not-an-email", "ana@example", "@example.com", "ana@@example.com", "an a@example.com"})
  void malformed_email_gives_422(String email) {
    assertEquals(List.of("is invalid"), assertError(tryRegister(server.http, newUser(unique("em"), email, "correct horse")), 422, "email"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ana smith", "ana/x", "<script>", "a?b"})
  void username_with_other_characters_gives_422(String username) {
    assertError(tryRegister(server.http, newUser(username, unique("u") + "@example.com", "correct horse")), 422, "username");
  }

  @Test
  void username_over_40_characters_gives_422() {
    assertError(tryRegister(server.http, newUser("u".repeat(41), unique("u") + "@example.com", "correct horse")), 422, "username");
  }

  @Test
  void a_refused_register_creates_no_account() {
    String name = unique("none");
    String email = name + "@example.com";
    assertError(tryRegister(server.http, newUser(name, email, TOO_SHORT_PASSWORD)), 422, "password");
    var login = tryLogin(server.http, email, TOO_SHORT_PASSWORD);
    assertEquals(401, login.status(), login.body());
    var retry = tryRegister(server.http, newUser(name, email, "correct horse"));
    assertEquals(201, retry.status(), "username and email should still be free: " + retry.body());
  }
}
