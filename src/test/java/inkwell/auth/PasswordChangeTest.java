package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.auth0.jwt.JWT;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * PUT /api/user {"user":{"password":..,"currentPassword":..}}: needs a fresh token and the current password, signs
 * out every earlier login of the user (a thief's included) and hands this device new tokens.
 */
class PasswordChangeTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static final String NEW_PASSWORD = "a brand new passphrase";

  @Test
  void the_current_password_is_required_and_must_be_right() {
    var user = server.register("pam");
    assertEquals(List.of("can't be blank"),
        assertError(server.http.put("/api/user", token(user), wrapped("password", NEW_PASSWORD)), 422, "currentPassword"));
    assertEquals(List.of("is incorrect"), assertError(server.http.put("/api/user", token(user),
        wrapped("password", NEW_PASSWORD, "currentPassword", "not-my-password")), 422, "currentPassword"));
    assertEquals(200, tryLogin(server.http, user.get("email").asText(), password(user)).status());
    assertEquals(401, tryLogin(server.http, user.get("email").asText(), NEW_PASSWORD).status());
    assertEquals(200, server.http.get("/api/user", token(user)).status());   // a refused change revokes nothing
  }

  @Test
  void a_password_change_returns_new_fresh_tokens_that_work() {
    var user = server.register("pat");
    var reply = server.http.put("/api/user", token(user), wrapped("password", NEW_PASSWORD, "currentPassword", password(user)));
    assertEquals(200, reply.status(), reply.body());
    var changed = reply.json().get("user");
    assertNotEquals(token(user), token(changed));
    assertNotEquals(refreshToken(user), refreshToken(changed));
    assertEquals(true, JWT.decode(token(changed)).getClaim("fresh").asBoolean());
    assertEquals(200, server.http.get("/api/user", token(changed)).status());
    assertEquals(200, refresh(server.http, refreshToken(changed)).status());
    assertEquals(200, tryLogin(server.http, user.get("email").asText(), NEW_PASSWORD).status());
    assertEquals(401, tryLogin(server.http, user.get("email").asText(), password(user)).status());
  }

  @Test
  void a_password_change_revokes_every_earlier_token_of_the_user_on_every_device() {
    var registered = server.register("pip");
    var phone = login(server.http, registered);
    var laptop = login(server.http, registered);
    var refreshed = refresh(server.http, refreshToken(laptop)).json().get("user");
    var reply = server.http.put("/api/user", token(phone), wrapped("password", NEW_PASSWORD, "currentPassword", password(registered)));
    assertEquals(200, reply.status(), reply.body());
    for (var earlier : List.of(registered, phone, refreshed)) {
      assertRevoked(server.http.get("/api/user", token(earlier)));
      assertRevoked(refresh(server.http, refreshToken(earlier)));
    }
    assertRevoked(server.http.get("/api/user", token(laptop)));
    assertEquals(200, server.http.get("/api/user", token(reply.json().get("user"))).status());
  }

  @Test
  void a_password_change_leaves_other_users_signed_in() {
    var user = server.register("pol");
    var bystander = server.register("pia");
    var reply = server.http.put("/api/user", token(user), wrapped("password", NEW_PASSWORD, "currentPassword", password(user)));
    assertEquals(200, reply.status(), reply.body());
    assertEquals(200, server.http.get("/api/user", token(bystander)).status());
  }

  @Test
  void other_changes_return_no_new_tokens_and_revoke_nothing() {
    var user = server.register("pax");
    var reply = server.http.put("/api/user", token(user), wrapped("bio", "nothing sensitive"));
    assertEquals(200, reply.status(), reply.body());
    assertEquals(token(user), token(reply.json().get("user")));
    assertEquals(false, reply.json().get("user").has("refreshToken"), reply.body());
    assertEquals(200, refresh(server.http, refreshToken(user)).status());
  }
}
