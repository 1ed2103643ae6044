package inkwell.auth;

import static inkwell.ErrorReplies.assertFreshTokenRequired;
import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.refreshedToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.unique;
import static inkwell.TestUsers.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.JWT;
import inkwell.Http;
import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Only a token straight from a password login is fresh; sensitive routes (password or email change, deleting the
 * account, every admin action) answer 401 "fresh token required" to a refreshed one. Everything else accepts both.
 */
class FreshTokenTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static boolean fresh(String token) {
    return JWT.decode(token).getClaim("fresh").asBoolean();
  }

  static String email(String token) {
    var reply = server.http.get("/api/user", token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().at("/user/email").asText();
  }

  @Test
  void login_and_sign_up_give_a_fresh_token_and_a_refresh_gives_a_non_fresh_one() {
    var registered = server.register("fay");
    assertEquals(true, fresh(token(registered)));
    assertEquals(true, fresh(token(login(server.http, registered))));
    assertEquals(false, fresh(refreshedToken(server.http, registered)));
  }

  @Test
  void a_refreshed_token_cannot_change_the_password() {
    var user = server.register("fin");
    String refreshed = refreshedToken(server.http, user);
    assertFreshTokenRequired(server.http.put("/api/user", refreshed,
        wrapped("password", "a brand new passphrase", "currentPassword", password(user))));
    assertEquals(200, tryLogin(server.http, user).status());   // the old password still works
  }

  @Test
  void a_refreshed_token_cannot_change_the_email_and_a_fresh_one_can() {
    var user = server.register("flo");
    String refreshed = refreshedToken(server.http, user);
    String other = unique("flo") + "@example.com";
    assertFreshTokenRequired(server.http.put("/api/user", refreshed, wrapped("email", other)));
    assertEquals(user.get("email").asText(), email(refreshed));
    var reply = server.http.put("/api/user", token(login(server.http, user)), wrapped("email", other));
    assertEquals(200, reply.status(), reply.body());
    assertEquals(other, email(refreshed));
  }

  @Test
  void re_sending_the_same_email_is_not_a_change_and_needs_no_fresh_token() {
    var user = server.register("fox");
    String refreshed = refreshedToken(server.http, user);
    String email = user.get("email").asText();
    for (String same : new String[] {email, " " + email.toUpperCase() + " "}) {
      var reply = server.http.put("/api/user", refreshed, wrapped("email", same, "bio", "same email, new bio"));
      assertEquals(200, reply.status(), same + " -> " + reply.body());
    }
    assertEquals(email, email(refreshed));
  }

  @Test
  void a_refreshed_token_does_everything_that_is_not_sensitive() {
    var user = server.register("fred");
    String refreshed = refreshedToken(server.http, user);
    assertEquals(200, server.http.get("/api/user", refreshed).status());
    var bio = server.http.put("/api/user", refreshed, wrapped("bio", "written with a refreshed token"));
    assertEquals(200, bio.status(), bio.body());
    var name = server.http.put("/api/user", refreshed, wrapped("username", unique("fritz")));
    assertEquals(200, name.status(), name.body());
    var article = server.http.post("/api/articles", refreshed, Http.json(Map.of("article",
        Map.of("title", unique("Fresh enough"), "description", "d", "body", "b"))));
    assertEquals(201, article.status(), article.body());
  }

  @Test
  void a_refreshed_token_cannot_delete_the_account() {
    var user = server.register("fern");
    assertFreshTokenRequired(server.http.delete("/api/user", refreshedToken(server.http, user)));
    assertEquals(200, server.http.get("/api/user", token(user)).status());
  }

  @Test
  void a_refreshed_admin_token_is_refused_by_every_admin_route() {
    var admin = admin(server);
    var target = server.register("fiona").get("username").asText();
    String refreshed = refreshedToken(server.http, admin);
    assertFreshTokenRequired(server.http.get("/api/admin/users", refreshed));
    assertFreshTokenRequired(server.http.post("/api/admin/users/" + target + "/ban", refreshed, null));
    assertFreshTokenRequired(server.http.post("/api/admin/users/" + target + "/unban", refreshed, null));
    assertFreshTokenRequired(server.http.put("/api/admin/users/" + target + "/role", refreshed,
        Http.json(Map.of("role", "admin"))));
    assertEquals(200, server.http.get("/api/admin/users", token(admin)).status());
  }
}
