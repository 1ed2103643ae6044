package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.tryLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.TestServer;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.Timeout;

/**
 * Password hashing is bounded (Passwords): in a storm of logins each caller gets the answer its password calls for
 * (200 for the right one, 401 for a wrong one) or a 503 with Retry-After, never a 500 and never another caller's
 * answer, and routes that hash nothing keep answering. How fast is bench/'s job (its login storm scenario).
 */
class LoginStormTest {
  static final int CALLERS = 60;
  // The throttle would lock the account after some of the 30 wrong passwords, or not, depending on timing
  // (LoginThrottleTest covers it); out of reach here, each answer depends on the password alone.
  @RegisterExtension
  static final TestServer server = TestServer.perClass(Map.of("LOGIN_MAX_FAILURES", "1000"));
  static JsonNode user;

  @BeforeAll
  static void setUp() {
    user = server.register("storm");
  }

  static boolean rightPassword(int caller) {
    return caller % 2 == 0;
  }

  static Http.Reply login(int caller) {
    String password = rightPassword(caller) ? password(user) : "a wrong password";
    return tryLogin(server.http, user.get("email").asText(), password);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)   // a hang guard, not a speed check
  void concurrent_logins_get_their_own_answer_or_503_and_other_routes_stay_served() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    try {
      var go = new CountDownLatch(1);
      var results = new ArrayList<Future<Http.Reply>>();
      for (int i = 0; i < CALLERS; i++) {
        int caller = i;
        results.add(pool.submit(() -> {
          go.await();
          return login(caller);
        }));
      }
      go.countDown();
      Thread.sleep(100);   // let the storm build up

      var unknown = server.http.get("/api/no-such-route", null);
      var me = server.http.get("/api/user", user.get("token").asText());
      assertEquals(404, unknown.status(), unknown.body());
      assertEquals(200, me.status(), me.body());

      int signedIn = 0;
      for (int caller = 0; caller < CALLERS; caller++) {
        var reply = results.get(caller).get();
        assertAcceptable(caller, reply);
        if (reply.status() == 200) signedIn++;
      }
      // 60 callers fit in the logins that may wait for a hash (Passwords.WAITING_LOGINS): the storm is served, not shed.
      assertTrue(signedIn > 0, "no caller with the right password got in");
    } finally {
      pool.shutdownNow();
    }
  }

  static void assertAcceptable(int caller, Http.Reply reply) {
    String who = "caller " + caller + (rightPassword(caller) ? " (right password)" : " (wrong password)") + ": " + reply.body();
    switch (reply.status()) {
      case 200 -> {
        assertTrue(rightPassword(caller), "a wrong password got in, " + who);
        assertEquals(user.get("username").asText(), reply.json().at("/user/username").asText(), who);
        assertTrue(reply.json().at("/user/token").isTextual(), who);
      }
      case 401 -> {
        assertFalse(rightPassword(caller), "the right password was refused, " + who);
        assertError(reply, 401, "email or password");
      }
      case 503 -> {
        assertError(reply, 503, "server");
        assertEquals("1", reply.header("Retry-After"), who);
      }
      default -> throw new AssertionError("unexpected " + reply.status() + ", " + who);
    }
  }
}
