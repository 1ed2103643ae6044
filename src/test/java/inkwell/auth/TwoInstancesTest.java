package inkwell.auth;

import static inkwell.ErrorReplies.assertBanned;
import static inkwell.ErrorReplies.assertNotAdmin;
import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.config.Config;
import inkwell.Http;
import inkwell.web.App;
import inkwell.TestServer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two Inkwell instances behind one load balancer share one database (PostgreSQL schema or SQLite file) and nothing
 * else: what one revokes, bans or demotes, the other refuses on the very next request.
 */
class TwoInstancesTest {
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

  static int me(Http http, JsonNode user) {
    return http.get("/api/user", token(user)).status();
  }

  @Test
  void a_token_from_one_instance_works_on_the_other() {
    var user = login(one, server.register("tia"));
    assertEquals(200, me(two, user));
    assertEquals(200, refresh(two, refreshToken(user)).status());
  }

  @Test
  void a_logout_on_one_instance_is_refused_by_the_other() {
    var user = login(one, server.register("tom"));
    assertEquals(200, me(two, user));
    assertEquals(204, one.post("/api/users/logout", token(user), null).status());
    assertRevoked(two.get("/api/user", token(user)));
    assertRevoked(refresh(two, refreshToken(user)));
  }

  @Test
  void a_logout_all_on_one_instance_is_refused_by_the_other() {
    var registered = server.register("tad");
    var elsewhere = login(two, registered);
    assertEquals(204, one.post("/api/users/logout-all", token(registered), null).status());
    assertRevoked(two.get("/api/user", token(elsewhere)));
    assertRevoked(one.get("/api/user", token(elsewhere)));
  }

  @Test
  void a_ban_on_one_instance_is_enforced_by_the_other() {
    var admin = admin(server);
    var user = login(two, server.register("ted"));
    assertEquals(200, me(two, user));
    assertEquals(200, one.post("/api/admin/users/" + user.get("username").asText() + "/ban", token(admin), null).status());
    assertBanned(two.get("/api/user", token(user)));
    assertBanned(refresh(two, refreshToken(user)));
    assertBanned(tryLogin(two, user));
  }

  @Test
  void a_demotion_on_one_instance_is_effective_on_the_other() {
    var admin = admin(server);
    var demoted = admin(server);
    assertEquals(200, two.get("/api/admin/users", token(demoted)).status());
    var reply = one.put("/api/admin/users/" + demoted.get("username").asText() + "/role", token(admin),
        Http.json(Map.of("role", "user")));
    assertEquals(200, reply.status(), reply.body());
    assertNotAdmin(two.get("/api/admin/users", token(demoted)));
  }

  @Test
  void a_refresh_token_rotated_on_one_instance_is_retired_on_the_other() {
    var user = login(one, server.register("tess"));
    var next = refresh(one, refreshToken(user));
    assertEquals(200, next.status(), next.body());
    assertEquals(401, refresh(two, refreshToken(user)).status());
    assertEquals(200, refresh(two, refreshToken(next.json().get("user"))).status());
  }

  @Test
  void of_concurrent_refreshes_split_across_both_instances_exactly_one_wins() throws Exception {
    String presented = refreshToken(login(one, server.register("tyr")));
    var counter = new AtomicInteger();
    var replies = RefreshRotationTest.concurrently(8,
        () -> refresh(counter.getAndIncrement() % 2 == 0 ? one : two, presented));
    assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies.toString());
    replies.stream().filter(r -> r.status() != 200).forEach(r -> assertEquals(401, r.status(), r.body()));
  }
}
