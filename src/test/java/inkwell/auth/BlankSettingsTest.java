package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.refreshedToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PUT /api/user as RealWorld's Angular settings page sends it: every field, "password": "" when no new password was
 * typed, "bio": "" / "image": "" when the user emptied them. An empty password means unchanged; an empty bio or image
 * clears it (back to "", the value of a profile never filled in: the spec's User has string bio and image).
 * Email and username have no empty value and stay refused.
 */
class BlankSettingsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static JsonNode me(String token) {
    var reply = server.http.get("/api/user", token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("user");
  }

  /** Every field, as the settings form posts them. */
  static String settingsForm(JsonNode user, String password, String bio, String image) {
    return wrapped("image", image, "username", user.get("username").asText(), "bio", bio,
        "email", user.get("email").asText(), "password", password);
  }

  @Test
  void the_settings_page_saves_a_bio_with_an_empty_password_even_with_a_refreshed_token() {
    var user = server.register("ang");
    String refreshed = refreshedToken(server.http, user);   // not fresh: a real password change would need a login
    var reply = server.http.put("/api/user", refreshed, settingsForm(user, "", "I write about dragons.", ""));
    assertEquals(200, reply.status(), reply.body());
    assertEquals("I write about dragons.", reply.json().at("/user/bio").asText());
    assertEquals(refreshed, reply.json().at("/user/token").asText(), "no password change: no new login");
    assertFalse(reply.json().get("user").has("refreshToken"), reply.body());
    assertEquals("I write about dragons.", me(refreshed).get("bio").asText());
    assertEquals(200, tryLogin(server.http, user).status(), "the password is unchanged");
  }

  @Test
  void an_empty_bio_and_image_clear_them() {
    var user = server.register("clr");
    var set = server.http.put("/api/user", token(user), settingsForm(user, "", "Old bio", "https://example.com/me.png"));
    assertEquals(200, set.status(), set.body());
    var reply = server.http.put("/api/user", token(user), settingsForm(user, "", "", ""));
    assertEquals(200, reply.status(), reply.body());
    for (var seen : List.of(reply.json().get("user"), me(token(user)))) {
      assertEquals("", seen.get("bio").asText(), seen.toString());
      assertEquals("", seen.get("image").asText(), seen.toString());
    }
    var profile = server.http.get("/api/profiles/" + user.get("username").asText(), null).json().get("profile");
    assertEquals("", profile.get("bio").asText());
    assertEquals("", profile.get("image").asText());
  }

  @Test
  void an_image_of_only_spaces_clears_it_too() {
    var user = server.register("spc");
    server.http.put("/api/user", token(user), settingsForm(user, "", "b", "https://example.com/me.png"));
    var reply = server.http.put("/api/user", token(user), settingsForm(user, "", "b", "   "));
    assertEquals(200, reply.status(), reply.body());
    assertEquals("", me(token(user)).get("image").asText());
  }

  @Test
  void a_short_non_blank_password_is_still_refused() {
    var user = server.register("sho");
    var reply = server.http.put("/api/user", token(user),
        wrapped("password", "short", "currentPassword", password(user), "bio", "not saved"));
    assertError(reply, 422, "password");
    assertEquals("", me(token(user)).get("bio").asText());
  }

  @Test
  void a_password_of_only_spaces_is_a_password_not_a_blank_and_is_refused_as_too_short() {
    var user = server.register("sps");
    var reply = server.http.put("/api/user", token(user),
        wrapped("password", "   ", "currentPassword", password(user)));
    assertError(reply, 422, "password");
    assertEquals(200, tryLogin(server.http, user).status(), "the password is unchanged");
  }

  @Test
  void an_empty_email_or_username_is_still_refused_and_nothing_changes() {
    var user = server.register("emp");
    assertError(server.http.put("/api/user", token(user), wrapped("email", "", "bio", "not saved")), 422, "email");
    assertError(server.http.put("/api/user", token(user), wrapped("username", "", "bio", "not saved")), 422, "username");
    var reply = server.http.put("/api/user", token(user), wrapped("email", "", "username", "", "password", "", "bio", "x"));
    assertError(reply, 422, "email");
    assertError(reply, 422, "username");
    var me = me(token(user));
    assertEquals("", me.get("bio").asText());
    assertEquals(user.get("email").asText(), me.get("email").asText());
    assertEquals(user.get("username").asText(), me.get("username").asText());
  }
}
