package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.TOO_SHORT_PASSWORD;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.unique;
import static inkwell.TestUsers.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET and PUT /api/user: the signed-in user's own account. Each test registers its own user. */
class CurrentUserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static Http.Reply update(JsonNode user, String... namesAndValues) {
    return server.http.put("/api/user", token(user), wrapped(namesAndValues));
  }

  static JsonNode me(JsonNode user) {
    var reply = server.http.get("/api/user", token(user));
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("user");
  }

  @Test
  void get_returns_the_signed_in_user_with_the_token_sent() {
    var user = server.register("gus");
    var me = me(user);
    assertEquals(user.get("username"), me.get("username"));
    assertEquals(user.get("email"), me.get("email"));
    assertEquals(user.get("token"), me.get("token"));
    assertEquals("", me.get("bio").asText());
    assertEquals("", me.get("image").asText());
    assertFalse(me.has("password") || me.has("passwordHash"), me.toString());
  }

  @Test
  void bio_and_image_are_updated_and_everything_else_kept() {
    var user = server.register("hal");
    var reply = update(user, "bio", "I write.", "image", "https://example.com/hal.png");
    assertEquals(200, reply.status(), reply.body());
    for (var seen : List.of(reply.json().get("user"), me(user))) {
      assertEquals("I write.", seen.get("bio").asText());
      assertEquals("https://example.com/hal.png", seen.get("image").asText());
      assertEquals(user.get("username"), seen.get("username"));
      assertEquals(user.get("email"), seen.get("email"));
    }
  }

  @Test
  void username_and_email_are_updated_and_the_email_lower_cased() {
    var user = server.register("ida");
    String name = unique("ivy");
    var reply = update(user, "username", name, "email", name.toUpperCase() + "@Example.com");
    assertEquals(200, reply.status(), reply.body());
    assertEquals(name, me(user).get("username").asText());
    assertEquals(name + "@example.com", me(user).get("email").asText());
    assertEquals(200, tryLogin(server.http, name + "@example.com", password(user)).status());
  }

  @Test
  void new_password_logs_in_and_the_old_one_no_longer_does() {
    var user = server.register("jo");
    String email = user.get("email").asText();
    assertEquals(200, update(user, "password", "a brand new passphrase", "currentPassword", password(user)).status());
    assertEquals(200, tryLogin(server.http, email, "a brand new passphrase").status());
    assertEquals(401, tryLogin(server.http, email, password(user)).status());
  }

  @Test
  void changing_only_the_case_of_ones_own_username_is_allowed() {
    var user = server.register("kit");
    String upper = user.get("username").asText().toUpperCase();
    var reply = update(user, "username", upper);
    assertEquals(200, reply.status(), reply.body());
    assertEquals(upper, me(user).get("username").asText());
  }

  @Test
  void taken_username_or_email_gives_422_and_changes_nothing() {
    var other = server.register("lou");
    var user = server.register("max");
    var name = assertError(update(user, "username", other.get("username").asText().toUpperCase()), 422, "username");
    assertEquals(List.of("has already been taken"), name);
    var email = assertError(update(user, "email", other.get("email").asText()), 422, "email");
    assertEquals(List.of("has already been taken"), email);
    assertEquals(user.get("username"), me(user).get("username"));
    assertEquals(user.get("email"), me(user).get("email"));
  }

  @Test
  void image_that_is_not_an_http_url_gives_422_and_changes_nothing() {
    var user = server.register("ned");
    for (String image : List.of("javascript:alert(1)", "JAVASCRIPT:alert(document.cookie)", "data:text/html,hi", "ftp://x.org/a")) {
      assertError(update(user, "image", image, "bio", "changed"), 422, "image");
    }
    assertEquals("", me(user).get("image").asText());
    assertEquals("", me(user).get("bio").asText());
  }

  @Test
  void invalid_values_give_422_naming_each_field() {
    var user = server.register("oz");
    var reply = update(user, "username", " ", "email", "not-an-email", "password", TOO_SHORT_PASSWORD, "bio", "b".repeat(2001));
    assertError(reply, 422, "username");
    assertError(reply, 422, "email");
    assertError(reply, 422, "password");
    assertError(reply, 422, "bio");
  }

  @Test
  void body_without_the_user_wrapper_gives_422() {
    var user = server.register("pia");
    assertError(server.http.put("/api/user", token(user), "{\"bio\":\"flat\"}"), 422, "user");
  }

  @Test
  void without_a_token_get_and_put_give_401() {
    assertError(server.http.get("/api/user", null), 401, "token");
    assertError(server.http.put("/api/user", null, wrapped("bio", "x")), 401, "token");
  }
}
