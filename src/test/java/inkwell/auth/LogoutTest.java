package inkwell.auth;

import static inkwell.ErrorReplies.assertInvalidToken;
import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import inkwell.TestServer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/users/logout and /logout-all: revoked tokens get 401 "revoked", told apart from expired and forged ones. */
class LogoutTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static void logout(String token) {
    var reply = server.http.post("/api/users/logout", token, null);
    assertEquals(204, reply.status(), reply.body());
  }

  @Test
  void logout_revokes_the_access_token_sent_and_the_refresh_token_of_the_same_login() {
    var user = login(server.http, server.register("lana"));
    logout(token(user));
    assertRevoked(server.http.get("/api/user", token(user)));
    assertRevoked(refresh(server.http, refreshToken(user)));
  }

  @Test
  void logout_also_revokes_the_access_tokens_refreshed_from_that_login() {
    var user = login(server.http, server.register("lars"));
    var refreshed = refresh(server.http, refreshToken(user)).json().get("user");
    logout(token(user));
    assertRevoked(server.http.get("/api/user", token(refreshed)));
    assertRevoked(refresh(server.http, refreshToken(refreshed)));
  }

  @Test
  void logout_leaves_the_users_other_logins_working() {
    var registered = server.register("lea");
    var phone = login(server.http, registered);
    var laptop = login(server.http, registered);
    logout(token(phone));
    assertEquals(200, server.http.get("/api/user", token(laptop)).status());
    assertEquals(200, server.http.get("/api/user", token(registered)).status());
    assertEquals(200, refresh(server.http, refreshToken(laptop)).status());
  }

  @Test
  void a_revoked_token_cannot_log_out_again() {
    var user = login(server.http, server.register("leo"));
    logout(token(user));
    assertRevoked(server.http.post("/api/users/logout", token(user), null));
  }

  @Test
  void logout_with_a_refresh_token_is_refused_as_the_wrong_type() {
    var user = login(server.http, server.register("lia"));
    assertInvalidToken(server.http.post("/api/users/logout", refreshToken(user), null), "wrong token type");
    assertEquals(200, server.http.get("/api/user", token(user)).status());
  }

  @Test
  void logout_all_revokes_every_access_and_refresh_token_of_the_user() {
    var registered = server.register("lou");
    var phone = login(server.http, registered);
    var laptop = login(server.http, registered);
    var refreshed = refresh(server.http, refreshToken(laptop)).json().get("user");
    var reply = server.http.post("/api/users/logout-all", token(phone), null);
    assertEquals(204, reply.status(), reply.body());
    for (var login : new JsonNode[] {registered, phone, laptop}) {
      assertRevoked(server.http.get("/api/user", token(login)));
    }
    assertRevoked(server.http.get("/api/user", token(refreshed)));
    assertRevoked(refresh(server.http, refreshToken(registered)));
    assertRevoked(refresh(server.http, refreshToken(phone)));
    assertRevoked(refresh(server.http, refreshToken(refreshed)));
  }

  @Test
  void after_logout_all_a_new_login_works_and_other_users_were_never_touched() {
    var registered = server.register("lux");
    var bystander = server.register("lyn");
    assertEquals(204, server.http.post("/api/users/logout-all", token(registered), null).status());
    assertEquals(200, server.http.get("/api/user", token(bystander)).status());
    assertEquals(200, refresh(server.http, refreshToken(bystander)).status());
    var again = login(server.http, registered);
    assertEquals(200, server.http.get("/api/user", token(again)).status());
  }

  @Test
  void revoked_expired_and_forged_tokens_each_say_which_they_are() {
    var user = login(server.http, server.register("lex"));
    var expired = TestServer.sign(TestServer.tokenLike(token(user), "access")
        .withIssuedAt(Instant.now().minusSeconds(120)).withNotBefore(Instant.now().minusSeconds(120))
        .withExpiresAt(Instant.now().minusSeconds(60)));
    String forged = TestServer.tokenLike(token(user), "access")
        .sign(Algorithm.HMAC256("not-our-secret-but-just-as-long-0123456789abcdef"));
    logout(token(user));
    assertRevoked(server.http.get("/api/user", token(user)));
    assertInvalidToken(server.http.get("/api/user", expired), "token has expired");
    assertInvalidToken(server.http.get("/api/user", forged), "signature is invalid");
  }
}
