package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.auth.Users.credentials;
import static inkwell.auth.Users.newUser;
import static inkwell.auth.Users.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/users: the account it creates, and the 422 for a username or email already in use. */
class RegisterTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static Http.Reply register(String username, String email, String password) {
    return server.http.post("/api/users", null, newUser(username, email, password));
  }

  @Test
  void register_gives_201_with_the_realworld_user_and_a_refresh_token() {
    String name = unique("ana");
    var reply = register(name, name + "@example.com", "correct horse");
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
    var reply = register(name, "  " + name.toUpperCase() + "@Example.COM ", "correct horse");
    assertEquals(201, reply.status(), reply.body());
    assertEquals(name + "@example.com", reply.json().at("/user/email").asText());
    var login = server.http.post("/api/users/login", null, credentials(name + "@example.com", "correct horse"));
    assertEquals(200, login.status(), login.body());
  }

  @Test
  void reply_never_contains_the_password_or_its_hash() {
    String name = unique("cy");
    var reply = register(name, name + "@example.com", "my secret words");
    assertEquals(201, reply.status(), reply.body());
    assertFalse(reply.body().toLowerCase().contains("password"), reply.body());
    assertFalse(reply.body().contains("$argon2"), reply.body());
    assertFalse(reply.body().contains("my secret words"), reply.body());
  }

  @Test
  void taken_username_gives_422_even_in_another_case() {
    String name = unique("dee");
    assertEquals(201, register(name, name + "@example.com", "correct horse").status());
    var same = register(name, unique("x") + "@example.com", "correct horse");
    assertEquals(List.of("has already been taken"), assertError(same, 422, "username"));
    var upper = register(name.toUpperCase(), unique("x") + "@example.com", "correct horse");
    assertEquals(List.of("has already been taken"), assertError(upper, 422, "username"));
  }

  @Test
  void taken_email_gives_422_even_in_another_case() {
    String name = unique("eve");
    assertEquals(201, register(name, name + "@example.com", "correct horse").status());
    var again = register(unique("x"), name.toUpperCase() + "@EXAMPLE.com", "correct horse");
    assertEquals(List.of("has already been taken"), assertError(again, 422, "email"));
  }

  @Test
  void a_register_refused_for_a_taken_email_does_not_reserve_the_username() {
    String taken = unique("fay");
    assertEquals(201, register(taken, taken + "@example.com", "correct horse").status());
    String name = unique("gil");
    assertError(register(name, taken + "@example.com", "correct horse"), 422, "email");
    assertEquals(201, register(name, name + "@example.com", "correct horse").status());
  }
}
