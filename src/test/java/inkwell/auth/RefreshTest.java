package inkwell.auth;

import static inkwell.ErrorReplies.assertError;
import static inkwell.ErrorReplies.assertInvalidToken;
import static inkwell.TestUsers.login;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.auth0.jwt.JWT;
import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** POST /api/users/refresh: a refresh token (header or body) buys a new, non-fresh access token. */
class RefreshTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static JsonNode user;

  @BeforeAll
  static void setUp() {
    user = server.register("rita");
  }

  static Http.Reply refresh(String body, String authorization) {
    return server.http.send("POST", "/api/users/refresh", body, "application/json", authorization);
  }

  /** A refresh token of a new login: with rotation, each one is good for a single refresh. */
  static String refreshToken() {
    return TestUsers.refreshToken(login(server.http, user));
  }

  /** The reply is 200 {"user":{...}} with a new access token that works and is not fresh. */
  static void assertNewAccessToken(Http.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    var refreshed = reply.json().get("user");
    assertEquals(user.get("username"), refreshed.get("username"));
    assertEquals(user.get("email"), refreshed.get("email"));
    String token = refreshed.get("token").asText();
    assertNotEquals(user.get("token").asText(), token);
    assertEquals(Boolean.FALSE, JWT.decode(token).getClaim("fresh").asBoolean());
    assertEquals("access", JWT.decode(token).getClaim("type").asString());
    var me = server.http.get("/api/user", token);
    assertEquals(200, me.status(), me.body());
    assertEquals(user.get("username"), me.json().at("/user/username"));
  }

  @Test
  void refresh_token_in_a_bearer_header_gives_a_new_access_token() {
    assertNewAccessToken(refresh(null, "Bearer " + refreshToken()));
  }

  @Test
  void refresh_token_in_a_token_header_gives_a_new_access_token() {
    assertNewAccessToken(refresh(null, "Token " + refreshToken()));
  }

  @Test
  void refresh_token_in_the_json_body_gives_a_new_access_token() {
    assertNewAccessToken(refresh(Http.json(Map.of("refreshToken", refreshToken())), null));
  }

  @Test
  void no_refresh_token_anywhere_gives_401_missing() {
    for (String body : new String[] {null, "{}", "{\"refreshToken\":\"  \"}"}) {
      var reply = refresh(body, null);
      assertEquals(List.of("is missing"), assertError(reply, 401, "token"), "body " + body);
      assertEquals("Bearer realm=\"inkwell\"", reply.header("WWW-Authenticate"));
    }
  }

  @Test
  void access_token_on_the_refresh_route_is_refused_as_the_wrong_type() {
    assertInvalidToken(refresh(null, "Bearer " + user.get("token").asText()), "wrong token type");
    assertInvalidToken(refresh(Http.json(Map.of("refreshToken", user.get("token").asText())), null), "wrong token type");
  }

  @Test
  void expired_refresh_token_is_refused() {
    long id = Long.parseLong(JWT.decode(refreshToken()).getSubject());
    var expired = TestServer.tokenLike(id, "refresh").withIssuedAt(Instant.now().minusSeconds(120))
        .withNotBefore(Instant.now().minusSeconds(120)).withExpiresAt(Instant.now().minusSeconds(60));
    assertInvalidToken(refresh(null, "Bearer " + TestServer.sign(expired)), "expired");
  }

  @Test
  void garbage_refresh_token_is_refused_as_malformed() {
    assertInvalidToken(refresh(Http.json(Map.of("refreshToken", "garbage")), null), "malformed");
  }

  @Test
  void refresh_token_of_a_user_that_does_not_exist_is_refused() {
    long id = Long.parseLong(JWT.decode(refreshToken()).getSubject());
    assertInvalidToken(refresh(null, "Bearer " + TestServer.sign(TestServer.tokenLike(id + 1000, "refresh"))), "no longer exists");
  }

  @Test
  void refresh_token_as_a_non_string_in_the_body_gives_422() {
    assertError(refresh("{\"refreshToken\": 42}", null), 422, "refreshToken");
  }
}
