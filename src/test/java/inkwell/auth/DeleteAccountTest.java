package inkwell.auth;

import static inkwell.ErrorReplies.assertInvalidToken;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.tryLogin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DELETE /api/user with a fresh token: the account is gone, and so is every token it had. */
class DeleteAccountTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void after_deleting_the_account_its_tokens_get_401_no_longer_exists() {
    var registered = server.register("del");
    var user = login(server.http, registered);
    var reply = server.http.delete("/api/user", token(user));
    assertEquals(204, reply.status(), reply.body());
    assertInvalidToken(server.http.get("/api/user", token(user)), "no longer exists");
    assertInvalidToken(server.http.get("/api/user", token(registered)), "no longer exists");
    assertInvalidToken(server.http.delete("/api/user", token(user)), "no longer exists");
    assertInvalidToken(refresh(server.http, refreshToken(user)), "no longer exists");
    assertEquals(401, tryLogin(server.http, user).status());
  }

  @Test
  void deleting_one_account_leaves_the_others_signed_in() {
    var user = server.register("dot");
    var bystander = server.register("dan");
    assertEquals(204, server.http.delete("/api/user", token(user)).status());
    assertEquals(200, server.http.get("/api/user", token(bystander)).status());
  }
}
