package inkwell.auth;

import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.refresh;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.auth0.jwt.JWT;
import inkwell.TestServer;
import java.util.HashSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** REFRESH_ROTATION=fixed: a refresh token keeps working until it expires or its login is revoked; none is handed out anew. */
class FixedRefreshTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass(Map.of("REFRESH_ROTATION", "fixed"));

  @Test
  void the_same_refresh_token_works_again_and_again_and_no_new_one_is_returned() {
    var user = login(server.http, server.register("fido"));
    var accessTokens = new HashSet<String>();
    for (int i = 0; i < 3; i++) {
      var reply = refresh(server.http, refreshToken(user));
      assertEquals(200, reply.status(), reply.body());
      assertFalse(reply.json().get("user").has("refreshToken"), reply.body());
      String access = reply.json().at("/user/token").asText();
      assertEquals(false, JWT.decode(access).getClaim("fresh").asBoolean());
      assertEquals(200, server.http.get("/api/user", access).status());
      accessTokens.add(access);
    }
    assertEquals(3, accessTokens.size());
  }

  @Test
  void concurrent_refreshes_with_one_token_all_succeed() throws Exception {
    String presented = refreshToken(login(server.http, server.register("fay")));
    var replies = RefreshRotationTest.concurrently(8, () -> refresh(server.http, presented));
    replies.forEach(reply -> assertEquals(200, reply.status(), reply.body()));
  }

  @Test
  void logout_still_revokes_the_fixed_refresh_token_and_the_access_tokens_it_gave() {
    var user = login(server.http, server.register("fitz"));
    String refreshed = refresh(server.http, refreshToken(user)).json().at("/user/token").asText();
    assertEquals(204, server.http.post("/api/users/logout", refreshed, null).status());
    assertRevoked(refresh(server.http, refreshToken(user)));
    assertRevoked(server.http.get("/api/user", token(user)));
  }
}
