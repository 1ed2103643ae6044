package inkwell.auth;

import static inkwell.TestUsers.tryLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Password guessing is slowed per account and per client address: 429 + Retry-After once the failures of the window
 * are used up, before any hash is computed; the lock ends with its window; a success clears the account's count.
 */
class LoginThrottleTest {

  @Test
  void after_the_allowed_failures_the_account_gets_429_even_with_the_right_password() {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES", "3"))) {
      var user = server.register("guessed");
      String email = user.get("email").asText();
      for (int i = 0; i < 3; i++) assertEquals(401, tryLogin(server.http, email, "wrong guess " + i).status());
      var locked = tryLogin(server.http, user);
      assertEquals(429, locked.status(), locked.body());
      long retryAfter = Long.parseLong(locked.header("Retry-After"));
      assertTrue(retryAfter > 0 && retryAfter <= 15 * 60, "within the 15-minute window: " + retryAfter);
      assertTrue(locked.json().at("/errors/login/0").asText().contains("this account"), locked.body());

      var other = server.register("bystander");
      assertEquals(200, tryLogin(server.http, other).status(), "other accounts are unaffected");
    }
  }

  @Test
  void the_lock_ends_with_its_window_so_nobody_is_locked_out_for_good() throws Exception {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES", "2", "LOGIN_THROTTLE_WINDOW", "2s"))) {
      var user = server.register("waits");
      String email = user.get("email").asText();
      assertEquals(401, tryLogin(server.http, email, "wrong 1").status());
      assertEquals(401, tryLogin(server.http, email, "wrong 2").status());
      assertEquals(429, tryLogin(server.http, user).status());
      Thread.sleep(2500);
      assertEquals(200, tryLogin(server.http, user).status());
    }
  }

  @Test
  void a_successful_login_clears_the_account_count() {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES", "3"))) {
      var user = server.register("typo");
      String email = user.get("email").asText();
      assertEquals(401, tryLogin(server.http, email, "typo 1").status());
      assertEquals(401, tryLogin(server.http, email, "typo 2").status());
      assertEquals(200, tryLogin(server.http, user).status());
      assertEquals(401, tryLogin(server.http, email, "typo 3").status());
      assertEquals(401, tryLogin(server.http, email, "typo 4").status());
      assertEquals(200, tryLogin(server.http, user).status(), "the count started again after the success");
    }
  }

  @Test
  void one_address_spraying_many_accounts_is_throttled_too() {
    try (var server = TestServer.start(Map.of("LOGIN_MAX_FAILURES_PER_ADDRESS", "4"))) {
      for (int i = 0; i < 4; i++) assertEquals(401, tryLogin(server.http, "nobody" + i + "@example.com", "guess").status());
      var reply = tryLogin(server.http, "nobody-else@example.com", "guess");
      assertEquals(429, reply.status(), reply.body());
      assertTrue(reply.json().at("/errors/login/0").asText().contains("your address"), reply.body());
    }
  }
}
