package inkwell.auth;

import static inkwell.TestUsers.password;
import static inkwell.TestUsers.tryLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A password hashed with older, weaker parameters still logs in, and that login rehashes it with today's. */
class HashUpgradeAtLoginTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static String storedHash(String username) {
    return server.server.database().jdbi().withHandle(h ->
        h.createQuery("SELECT password_hash FROM users WHERE username = :u").bind("u", username).mapTo(String.class).one());
  }

  static void storeHash(String username, String hash) {
    int rows = server.server.database().jdbi().withHandle(h ->
        h.createUpdate("UPDATE users SET password_hash = :h WHERE username = :u").bind("h", hash).bind("u", username).execute());
    assertEquals(1, rows);
  }

  @Test
  void login_with_an_outdated_hash_succeeds_and_upgrades_the_stored_hash() {
    var user = server.register("old");
    String username = user.get("username").asText();
    String password = password(user);
    String weak = Password.hash(password).addRandomSalt(16).with(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID)).getResult();
    storeHash(username, weak);

    var login = tryLogin(server.http, user);
    assertEquals(200, login.status(), login.body());

    String upgraded = storedHash(username);
    assertNotEquals(weak, upgraded);
    assertTrue(upgraded.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), upgraded);
    assertEquals(200, tryLogin(server.http, user).status());
  }

  @Test
  void login_with_a_hash_of_the_former_owasp_parameters_rehashes_it_with_todays() {
    var user = server.register("former");
    String username = user.get("username").asText();
    String former = Password.hash(password(user)).addRandomSalt(16)
        .with(Argon2Function.getInstance(19456, 2, 1, 32, Argon2.ID)).getResult();
    assertTrue(former.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), former);
    storeHash(username, former);

    var login = tryLogin(server.http, user);
    assertEquals(200, login.status(), login.body());

    String upgraded = storedHash(username);
    assertTrue(upgraded.startsWith("$argon2id$v=19$m=7168,t=5,p=1$"), upgraded);
    assertEquals(200, tryLogin(server.http, user).status());
  }

  @Test
  void a_failed_login_leaves_an_outdated_hash_as_it_was() {
    var user = server.register("stale");
    String username = user.get("username").asText();
    String weak = Password.hash(password(user)).addRandomSalt(16)
        .with(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID)).getResult();
    storeHash(username, weak);
    assertEquals(401, tryLogin(server.http, user.get("email").asText(), "wrong password").status());
    assertEquals(weak, storedHash(username));
  }

  @Test
  void login_with_a_current_hash_leaves_it_unchanged() {
    var user = server.register("new");
    String username = user.get("username").asText();
    String before = storedHash(username);
    assertEquals(200, tryLogin(server.http, user).status());
    assertEquals(before, storedHash(username));
  }
}
