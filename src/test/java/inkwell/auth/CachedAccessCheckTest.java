package inkwell.auth;

import static inkwell.ErrorReplies.assertBanned;
import static inkwell.ErrorReplies.assertNotAdmin;
import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.sessionOf;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.username;
import static inkwell.TestUsers.wrapped;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.Statements;
import inkwell.TestServer;
import inkwell.config.Config;
import inkwell.web.App;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The access check's verdict is kept in memory (Sessions), yet a logout, ban, password change or demotion is refused
 * on the very next request: made on this instance, on a second instance sharing the database, or by SQL straight
 * into the database. Each test first warms the cache (the same token answered twice, the second time with no
 * statement at all), then changes something, then asks once.
 */
class CachedAccessCheckTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static App second;
  static Http one;
  static Http two;

  @BeforeAll
  static void startSecondInstance() {
    second = App.create(Config.fromEnv(Map.of("PORT", "0", "DATABASE_URL", server.database.url(),
        "JWT_SECRET", TestServer.SECRET, "JWT_ISSUER", TestServer.ISSUER))).start();
    one = server.http;
    two = new Http("http://127.0.0.1:" + second.port());
  }

  @AfterAll
  static void stopSecondInstance() {
    second.close();
  }

  /**
   * GET /api/user on instance one until an answer comes from memory (no statement through Jdbi). A few tries: on
   * PostgreSQL any write anywhere in the cluster (other test suites share it) also counts as a change.
   */
  static void warm(JsonNode user) {
    assertEquals(200, one.get("/api/user", token(user)).status());
    int statements = -1;
    for (int attempt = 0; attempt < 5 && statements != 0; attempt++) {
      var again = Statements.during(server, () -> one.get("/api/user", token(user)));
      assertEquals(200, again.result().status(), again.result().body());
      statements = again.statements();
    }
    assertEquals(0, statements, "a warm access check and GET /api/user need no statement");
  }

  @Test
  void a_logout_here_is_seen_at_once() {
    var user = login(one, server.register("cal"));
    warm(user);
    assertEquals(204, one.post("/api/users/logout", token(user), null).status());
    assertRevoked(one.get("/api/user", token(user)));
  }

  @Test
  void a_logout_on_the_other_instance_is_seen_at_once() {
    var user = login(one, server.register("cas"));
    warm(user);
    assertEquals(204, two.post("/api/users/logout", token(user), null).status());
    assertRevoked(one.get("/api/user", token(user)));
  }

  @Test
  void a_ban_by_the_admin_api_here_or_on_the_other_instance_is_seen_at_once() {
    var admin = admin(server);
    for (var where : new Http[] {one, two}) {
      var user = login(one, server.register("cab"));
      warm(user);
      var ban = where.post("/api/admin/users/" + username(user) + "/ban", token(admin), null);
      assertEquals(200, ban.status(), ban.body());
      assertBanned(one.get("/api/user", token(user)));
    }
  }

  @Test
  void a_password_change_here_or_on_the_other_instance_is_seen_at_once() {
    for (var where : new Http[] {one, two}) {
      var registered = server.register("cap");
      var warmLogin = login(one, registered);
      warm(warmLogin);
      var changed = where.put("/api/user", token(login(where, registered)),
          wrapped("password", "another long passphrase", "currentPassword", password(registered)));
      assertEquals(200, changed.status(), changed.body());
      assertRevoked(one.get("/api/user", token(warmLogin)));
    }
  }

  @Test
  void a_demotion_here_or_on_the_other_instance_is_seen_at_once() {
    var admin = admin(server);
    for (var where : new Http[] {one, two}) {
      var demoted = admin(server);
      warm(demoted);
      assertEquals(200, one.get("/api/admin/users", token(demoted)).status());
      var reply = where.put("/api/admin/users/" + username(demoted) + "/role", token(admin),
          Http.json(Map.of("role", "user")));
      assertEquals(200, reply.status(), reply.body());
      assertNotAdmin(one.get("/api/admin/users", token(demoted)));
    }
  }

  @Test
  void changes_made_by_sql_straight_into_the_database_are_seen_at_once() throws SQLException {
    var user = login(one, server.register("caq"));
    warm(user);
    sql("UPDATE users SET bio = 'written by hand' WHERE username = '" + username(user) + "'");
    assertEquals("written by hand", one.get("/api/user", token(user)).json().get("user").get("bio").asText());

    var demoted = admin(server);
    warm(demoted);
    sql("UPDATE users SET role = 'user' WHERE username = '" + username(demoted) + "'");
    assertNotAdmin(one.get("/api/admin/users", token(demoted)));

    warm(user);
    sql("UPDATE sessions SET revoked_at = created_at WHERE id = '" + sessionOf(token(user)) + "'");
    assertRevoked(one.get("/api/user", token(user)));

    var banned = login(one, server.register("car"));
    warm(banned);
    sql("UPDATE users SET banned_at = created_at WHERE username = '" + username(banned) + "'");
    assertBanned(one.get("/api/user", token(banned)));
  }

  /** A statement from outside Inkwell (an operator's SQL shell): its own connection, committed at once. */
  private static void sql(String statement) throws SQLException {
    try (var connection = DriverManager.getConnection(server.database.url()); var s = connection.createStatement()) {
      assertEquals(1, s.executeUpdate(statement), statement);
    }
  }
}
