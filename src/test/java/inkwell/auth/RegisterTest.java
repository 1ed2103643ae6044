package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.tryRegister;
import static inkwell.TestUsers.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/users: the account it creates, and the 422 for a username or email already in use. */
class RegisterTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void register_gives_201_with_the_realworld_user_and_a_refresh_token() {
    String name = unique("ana");
    var reply = tryRegister(server.http, newUser(name, name + "@example.com", "correct horse"));
    assertEquals(201, reply.status(), reply.body());
    assertTrue(reply.header("Content-Type").startsWith("application/json"));
    var user = reply.json().get("user");
    assertEquals(name + "@example.com", user.get("email").asText());
    assertEquals(name, user.get("username").asText());
    assertEquals("", user.get("bio").asText());
    assertEquals("", user.get("image").asText());
    assertEquals("access", JWT.decode(user.get("token").asText()).getClaim("type").asString());
    assertEquals("refresh", JWT.decode(user.get("refreshToken").asText()).getClaim("type").asString());
    var me = server.http.get("/api/user", user.get("token").asText());
    assertEquals(200, me.status(), me.body());
    assertEquals(name, me.json().at("/user/username").asText());
  }

  @Test
  void email_is_stored_lower_case_and_trimmed() {
    String name = unique("bo");
    var reply = tryRegister(server.http, newUser(name, "  " + name.toUpperCase() + "@Example.COM ", "correct horse"));
    assertEquals(201, reply.status(), reply.body());
    assertEquals(name + "@example.com", reply.json().at("/user/email").asText());
    var login = tryLogin(server.http, name + "@example.com", "correct horse");
    assertEquals(200, login.status(), login.body());
  }

  @Test
  void reply_never_contains_the_password_or_its_hash() {
    String name = unique("cy");
    var reply = tryRegister(server.http, newUser(name, name + "@example.com", "my secret words"));
    assertEquals(201, reply.status(), reply.body());
    assertFalse(reply.body().toLowerCase().contains("password"), reply.body());
    assertFalse(reply.body().contains("$argon2"), reply.body());
    assertFalse(reply.body().contains("my secret words"), reply.body());
  }

  @Test
  void taken_username_gives_422_even_in_another_case() {
    String name = unique("dee");
    assertEquals(201, tryRegister(server.http, newUser(name, name + "@example.com", "correct horse")).status());
    var same = tryRegister(server.http, newUser(name, unique("x") + "@example.com", "correct horse"));
    assertEquals(List.of("has already been taken"), assertError(same, 422, "username"));
    var upper = tryRegister(server.http, newUser(name.toUpperCase(), unique("x") + "@example.com", "correct horse"));
    assertEquals(List.of("has already been taken"), assertError(upper, 422, "username"));
  }

  @Test
  void taken_email_gives_422_even_in_another_case() {
    String name = unique("eve");
    assertEquals(201, tryRegister(server.http, newUser(name, name + "@example.com", "correct horse")).status());
    var again = tryRegister(server.http, newUser(unique("x"), name.toUpperCase() + "@EXAMPLE.com", "correct horse"));
    assertEquals(List.of("has already been taken"), assertError(again, 422, "email"));
  }

  @Test
  void a_register_refused_for_a_taken_email_does_not_reserve_the_username() {
    String taken = unique("fay");
    assertEquals(201, tryRegister(server.http, newUser(taken, taken + "@example.com", "correct horse")).status());
    String name = unique("gil");
    assertError(tryRegister(server.http, newUser(name, taken + "@example.com", "correct horse")), 422, "email");
    assertEquals(201, tryRegister(server.http, newUser(name, name + "@example.com", "correct horse")).status());
  }
}
