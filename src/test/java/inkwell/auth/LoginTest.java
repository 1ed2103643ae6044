package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.credentials;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.tryRegister;
import static inkwell.TestUsers.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/users/login: fresh tokens for the right password; one and the same 401 for every wrong guess. */
class LoginTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String email;
  static JsonNode registered;
  static final String PASSWORD = "correct horse battery";

  @BeforeAll
  static void setUp() {
    String name = unique("lena");
    email = name + "@example.com";
    var reply = tryRegister(server.http, newUser(name, email, PASSWORD));
    assertEquals(201, reply.status(), reply.body());
    registered = reply.json().get("user");
  }

  @Test
  void login_gives_200_with_a_new_fresh_access_token_and_a_refresh_token() {
    var reply = tryLogin(server.http, email, PASSWORD);
    assertEquals(200, reply.status(), reply.body());
    var user = reply.json().get("user");
    assertEquals(email, user.get("email").asText());
    assertEquals(registered.get("username").asText(), user.get("username").asText());
    var access = JWT.decode(user.get("token").asText());
    assertEquals("access", access.getClaim("type").asString());
    assertEquals(Boolean.TRUE, access.getClaim("fresh").asBoolean());
    assertNotEquals(registered.get("token").asText(), user.get("token").asText());
    assertEquals("refresh", JWT.decode(user.get("refreshToken").asText()).getClaim("type").asString());
    assertEquals(200, server.http.get("/api/user", user.get("token").asText()).status());
  }

  @Test
  void email_is_matched_whatever_its_case_and_surrounding_spaces() {
    var reply = tryLogin(server.http, " " + email.toUpperCase() + " ", PASSWORD);
    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void reply_never_contains_the_password_or_its_hash() {
    var reply = tryLogin(server.http, email, PASSWORD);
    assertFalse(reply.body().toLowerCase().contains("password"), reply.body());
    assertFalse(reply.body().contains("$argon2"), reply.body());
  }

  @Test
  void wrong_password_and_unknown_email_get_the_identical_401() {
    var wrongPassword = tryLogin(server.http, email, PASSWORD + "!");
    var unknownEmail = tryLogin(server.http, unique("nobody") + "@example.com", PASSWORD);
    assertError(wrongPassword, 401, "email or password");
    assertEquals(wrongPassword.status(), unknownEmail.status());
    assertEquals(wrongPassword.body(), unknownEmail.body());
    assertEquals(wrongPassword.header("WWW-Authenticate"), unknownEmail.header("WWW-Authenticate"));
  }

  @Test
  void password_is_case_sensitive() {
    assertEquals(401, tryLogin(server.http, email, PASSWORD.toUpperCase()).status());
  }

  @Test
  void blank_or_missing_fields_give_422() {
    for (String body : List.of(credentials("", " "), "{\"user\":{}}")) {
      var reply = server.http.post("/api/users/login", null, body);
      assertEquals(List.of("can't be blank"), assertError(reply, 422, "email"));
      assertEquals(List.of("can't be blank"), assertError(reply, 422, "password"));
    }
  }

  @Test
  void body_without_the_user_wrapper_gives_422() {
    var reply = server.http.post("/api/users/login", null, "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    assertError(reply, 422, "user");
  }

  @Test
  void wrong_password_reply_does_not_echo_what_was_sent() {
    var reply = tryLogin(server.http, email, "guess-" + PASSWORD);
    assertTrue(reply.status() == 401 && !reply.body().contains("guess-"), reply.body());
  }
}
