package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.ErrorReplies.assertNotAdmin;
import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.email;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.named;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.unique;
import static inkwell.TestUsers.username;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The admin routes: only a user whose role is admin now (not when the token was issued) may call them, and a role
 * change takes effect on the next request. Bans are in {@link BanTest}.
 */
class AdminRoutesTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static Http.Reply ban(TestServer server, JsonNode admin, JsonNode user) {
    return server.http.post("/api/admin/users/" + username(user) + "/ban", token(admin), null);
  }

  static Http.Reply ban(JsonNode admin, JsonNode user) {
    return ban(server, admin, user);
  }

  static Http.Reply unban(TestServer server, JsonNode admin, JsonNode user) {
    return server.http.post("/api/admin/users/" + username(user) + "/unban", token(admin), null);
  }

  static Http.Reply setRole(JsonNode admin, JsonNode user, String role) {
    return server.http.put("/api/admin/users/" + username(user) + "/role", token(admin), Http.json(Map.of("role", role)));
  }

  @Test
  void a_user_who_is_not_an_admin_gets_403_from_every_admin_route() {
    var user = server.register("ugo");
    var other = server.register("una");
    assertNotAdmin(server.http.get("/api/admin/users", token(user)));
    assertNotAdmin(ban(user, other));
    assertNotAdmin(unban(server, user, other));
    assertNotAdmin(setRole(user, user, "admin"));
    assertEquals(200, server.http.get("/api/user", token(other)).status());   // the ban did not happen
  }

  @Test
  void a_token_that_claims_admin_is_not_believed_over_the_database() {
    var user = server.register("eve");
    var claimsAdmin = TestServer.sign(TestServer.tokenLike(token(user), "access").withClaim("role", "admin"));
    assertNotAdmin(server.http.get("/api/admin/users", claimsAdmin));
  }

  @Test
  void an_admin_created_on_the_command_line_lists_the_accounts() {
    String name = unique("root");
    server.cli(Map.of("INKWELL_PASSWORD", password(name)), "user", "create", name, "--email", email(name), "--admin");
    var admin = login(server.http, named(name));
    var reply = server.http.get("/api/admin/users?limit=100", token(admin));
    assertEquals(200, reply.status(), reply.body());
    boolean listed = false;
    for (var account : reply.json().get("users")) {
      assertFalse(account.has("passwordHash") || account.has("password"), account.toString());
      if (account.get("username").asText().equals(name)) {
        listed = true;
        assertEquals("admin", account.get("role").asText());
        assertEquals(false, account.get("banned").asBoolean());
      }
    }
    assertTrue(listed, reply.body());
    assertTrue(reply.json().get("usersCount").asInt() >= 1, reply.body());
  }

  @Test
  void a_user_promoted_through_the_api_is_an_admin_on_the_next_request_with_the_same_token() {
    var admin = admin(server);
    var user = login(server.http, server.register("pia"));
    assertEquals("user", JWT.decode(token(user)).getClaim("role").asString());
    var reply = setRole(admin, user, "admin");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("admin", reply.json().at("/user/role").asText());
    assertEquals(200, server.http.get("/api/admin/users", token(user)).status());
  }

  @Test
  void an_admin_demoted_through_the_api_loses_admin_rights_at_once() {
    var admin = admin(server);
    var demoted = admin(server);
    assertEquals(200, server.http.get("/api/admin/users", token(demoted)).status());
    assertEquals(200, setRole(admin, demoted, "user").status());
    assertNotAdmin(server.http.get("/api/admin/users", token(demoted)));
    assertNotAdmin(ban(demoted, admin));
    assertEquals(200, server.http.get("/api/user", token(demoted)).status());   // still signed in, as a user
  }

  @Test
  void an_admin_demoted_on_the_command_line_loses_admin_rights_at_once() {
    var demoted = admin(server);
    assertEquals(200, server.http.get("/api/admin/users", token(demoted)).status());
    server.cli("user", "demote", username(demoted));
    assertNotAdmin(server.http.get("/api/admin/users", token(demoted)));
  }

  @Test
  void a_demoted_admin_refreshing_gets_a_token_that_says_user() {
    var demoted = admin(server);
    server.cli("user", "demote", username(demoted));
    var reply = refresh(server.http, refreshToken(demoted));
    assertEquals(200, reply.status(), reply.body());
    assertEquals("user", JWT.decode(reply.json().at("/user/token").asText()).getClaim("role").asString());
  }

  @Test
  void an_admin_cannot_ban_or_demote_themselves() {
    var admin = admin(server);
    assertError(ban(admin, admin), 422, "username");
    assertError(setRole(admin, admin, "user"), 422, "username");
    assertEquals(200, server.http.get("/api/admin/users", token(admin)).status());
  }

  @Test
  void unknown_users_give_404_and_unknown_roles_422() {
    var admin = admin(server);
    var ghost = server.register("gus");
    var nobody = named(unique("nobody"));
    assertError(ban(admin, nobody), 404, "user");
    assertError(setRole(admin, nobody, "admin"), 404, "user");
    assertError(setRole(admin, ghost, "root"), 422, "role");
  }
}
