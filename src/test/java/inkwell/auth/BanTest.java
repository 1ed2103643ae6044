package inkwell.auth;

import static inkwell.ErrorReplies.assertBanned;
import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.username;
import static inkwell.auth.AdminRoutesTest.ban;
import static inkwell.auth.AdminRoutesTest.unban;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Http;
import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/admin/users/{username}/ban and /unban: a banned user's logins, refreshes and tokens stop at once. */
class BanTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void a_ban_stops_the_users_tokens_at_once_and_refuses_login_and_refresh() {
    var admin = admin(server);
    var user = login(server.http, server.register("bob"));
    var reply = ban(server, admin, user);
    assertEquals(200, reply.status(), reply.body());
    assertEquals(true, reply.json().at("/user/banned").asBoolean());
    assertBanned(server.http.get("/api/user", token(user)));
    assertBanned(server.http.post("/api/articles", token(user), Http.json(Map.of("article",
        Map.of("title", "t", "description", "d", "body", "b")))));
    assertBanned(refresh(server.http, refreshToken(user)));
    assertBanned(tryLogin(server.http, user));
  }

  @Test
  void after_an_unban_the_user_logs_in_again_but_the_old_tokens_stay_revoked() {
    var admin = admin(server);
    var user = login(server.http, server.register("ben"));
    assertEquals(200, ban(server, admin, user).status());
    var reply = unban(server, admin, user);
    assertEquals(200, reply.status(), reply.body());
    assertEquals(false, reply.json().at("/user/banned").asBoolean());
    assertRevoked(server.http.get("/api/user", token(user)));
    assertRevoked(refresh(server.http, refreshToken(user)));
    assertEquals(200, server.http.get("/api/user", token(login(server.http, user))).status());
  }

  @Test
  void a_ban_on_the_command_line_works_like_one_through_the_api() {
    var user = login(server.http, server.register("bea"));
    server.cli("user", "ban", username(user));
    assertBanned(server.http.get("/api/user", token(user)));
    assertBanned(tryLogin(server.http, user));
  }
}
