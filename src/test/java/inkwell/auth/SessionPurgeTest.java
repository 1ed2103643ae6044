package inkwell.auth;

import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Sessions past their refresh expiry are deleted (SessionDao.purgeExpired, run every 10 minutes by auth/SessionPurge), so the
 * revocation table stays the size of the live logins; a token of a purged session is refused.
 */
class SessionPurgeTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static SessionDao sessions(TestServer server) {
    return server.server.database().jdbi().onDemand(SessionDao.class);
  }

  @Test
  void live_sessions_are_kept_by_the_purge() {
    var user = login(server.http, server.register("kai"));
    int before = sessions(server).count();
    assertEquals(0, sessions(server).purgeExpired(Instant.now()));
    assertEquals(before, sessions(server).count());
    assertEquals(200, server.http.get("/api/user", token(user)).status());
  }

  @Test
  void revoked_but_unexpired_sessions_are_kept_so_their_tokens_stay_refused() {
    var user = login(server.http, server.register("kim"));
    assertEquals(204, server.http.post("/api/users/logout", token(user), null).status());
    sessions(server).purgeExpired(Instant.now());
    assertRevoked(server.http.get("/api/user", token(user)));
  }

  @Test
  void sessions_past_their_expiry_are_deleted_and_their_tokens_refused_before_and_after() throws InterruptedException {
    try (var shortLived = TestServer.start(Map.of("REFRESH_TOKEN_TTL", "1s"))) {
      var user = login(shortLived.http, shortLived.register("kit"));
      int before = sessions(shortLived).count();
      assertEquals(2, before);   // the sign-up and the login
      Thread.sleep(Duration.ofMillis(1500).toMillis());
      // The access token (15 minutes) outlives its session (1 s): refused already, not only once the purge has run.
      assertRevoked(shortLived.http.get("/api/user", token(user)));
      assertEquals(2, sessions(shortLived).purgeExpired(Instant.now()));
      assertEquals(0, sessions(shortLived).count());
      assertRevoked(shortLived.http.get("/api/user", token(user)));
      // within the 5 s leeway the refresh token itself still verifies; its session is gone all the same
      assertEquals(401, refresh(shortLived.http, refreshToken(user)).status());
      var again = login(shortLived.http, user);
      assertTrue(sessions(shortLived).count() >= 1);
      assertEquals(200, shortLived.http.get("/api/user", token(again)).status());
    }
  }
}
