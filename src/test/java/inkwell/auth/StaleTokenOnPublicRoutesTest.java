package inkwell.auth;

import static inkwell.ErrorReplies.assertBanned;
import static inkwell.ErrorReplies.assertInvalidToken;
import static inkwell.ErrorReplies.assertRevoked;
import static inkwell.TestUsers.admin;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.password;
import static inkwell.TestUsers.refreshToken;
import static inkwell.TestUsers.token;
import static inkwell.TestUsers.wrapped;
import static inkwell.auth.AdminRoutesTest.ban;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On routes whose access is OPTIONAL (the public reads), a token that is ours but no longer honoured, by time
 * (expired) or by revocation (logout, logout-all, password change, ban, deleted account), is answered as anonymous
 * with an RFC 6750 invalid_token challenge saying why: a RealWorld frontend keeps its token and sends it on every
 * request, and its reader must keep reading after a coffee break. A forged, malformed or wrong-type token is still
 * 401 there, and routes that need a token are unchanged.
 */
class StaleTokenOnPublicRoutesTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static JsonNode author;
  static String slug;

  @BeforeAll
  static void setUp() {
    author = server.register("pub");
    slug = Blog.postArticle(server, token(author), "Read after coffee", "coffee").get("slug").asText();
    Blog.postComment(server, token(author), slug, "First!");
  }

  /** The four OPTIONAL routes of web/App.java. */
  static List<String> publicReads() {
    return List.of("/api/articles?tag=coffee", "/api/articles/" + slug, "/api/articles/" + slug + "/comments",
        "/api/profiles/" + author.get("username").asText());
  }

  /** 200 as for an anonymous caller, with WWW-Authenticate: Bearer ..., error="invalid_token", error_description="{why}". */
  static Http.Reply assertReadAsAnonymous(Http.Reply reply, String why) {
    assertEquals(200, reply.status(), reply.body());
    String challenge = reply.header("WWW-Authenticate");
    assertTrue(challenge != null && challenge.startsWith("Bearer realm=\"inkwell\"")
        && challenge.contains("error=\"invalid_token\"") && challenge.contains("error_description=\"" + why + "\""),
        "WWW-Authenticate: " + challenge);
    return reply;
  }

  static void assertEveryPublicReadIsAnonymous(String token, String why) {
    for (int read = 0; read < 2; read++) {   // the second anonymous read of each comes from ReadCache
      for (String path : publicReads()) assertReadAsAnonymous(server.http.get(path, token), why);
    }
  }

  static String expired(String issuedToken) {
    return TestServer.sign(TestServer.tokenLike(issuedToken, "access")
        .withIssuedAt(Instant.now().minusSeconds(1200)).withNotBefore(Instant.now().minusSeconds(1200))
        .withExpiresAt(Instant.now().minusSeconds(300)));
  }

  @Test
  void an_expired_token_reads_public_routes_as_anonymous_and_says_it_expired() {
    var reader = login(server.http, server.register("coffee"));
    Blog.favorite(server, token(reader), slug);
    Blog.follow(server, token(reader), author.get("username").asText());
    String stale = expired(token(reader));
    assertEveryPublicReadIsAnonymous(stale, "token has expired");
    // anonymous indeed: the reader's favorite and follow are not shown
    var article = server.http.get("/api/articles/" + slug, stale).json().get("article");
    assertEquals(false, article.get("favorited").booleanValue(), article.toString());
    assertEquals(false, article.at("/author/following").booleanValue(), article.toString());
    var profile = server.http.get("/api/profiles/" + author.get("username").asText(), stale).json();
    assertEquals(false, profile.at("/profile/following").booleanValue(), profile.toString());
    // with the live token, the same reads are the reader's own
    assertEquals(true, server.http.get("/api/articles/" + slug, token(reader)).json().at("/article/favorited").booleanValue());
  }

  @Test
  void a_token_of_a_login_that_logged_out_reads_public_routes_as_anonymous() {
    var reader = login(server.http, server.register("out"));
    assertEquals(204, server.http.post("/api/users/logout", token(reader), null).status());
    assertEveryPublicReadIsAnonymous(token(reader), "token has been revoked");
  }

  @Test
  void tokens_ended_by_logout_all_or_a_password_change_read_public_routes_as_anonymous() {
    var registered = server.register("all");
    var phone = login(server.http, registered);
    assertEquals(204, server.http.post("/api/users/logout-all", token(login(server.http, registered)), null).status());
    assertEveryPublicReadIsAnonymous(token(phone), "token has been revoked");

    var laptop = login(server.http, registered);
    var change = server.http.put("/api/user", token(login(server.http, registered)),
        wrapped("password", "a new passphrase for all", "currentPassword", password(registered)));
    assertEquals(200, change.status(), change.body());
    assertEveryPublicReadIsAnonymous(token(laptop), "token has been revoked");
  }

  @Test
  void a_banned_users_token_reads_public_routes_as_anonymous_but_is_still_403_where_a_token_is_needed() {
    var user = login(server.http, server.register("ban"));
    assertEquals(200, ban(server, admin(server), user).status());
    assertEveryPublicReadIsAnonymous(token(user), "user is banned");
    assertBanned(server.http.get("/api/user", token(user)));
  }

  @Test
  void a_deleted_users_token_reads_public_routes_as_anonymous() {
    var user = login(server.http, server.register("gone"));
    assertEquals(204, server.http.delete("/api/user", token(user)).status());
    assertEveryPublicReadIsAnonymous(token(user), "the token's user no longer exists");
  }

  @Test
  void routes_that_need_a_token_still_refuse_expired_and_revoked_ones_with_401() {
    var reader = login(server.http, server.register("req"));
    String stale = expired(token(reader));
    assertInvalidToken(server.http.get("/api/user", stale), "token has expired");
    assertInvalidToken(server.http.get("/api/articles/feed", stale), "token has expired");
    assertInvalidToken(server.http.post("/api/articles/" + slug + "/favorite", stale, null), "token has expired");
    assertEquals(204, server.http.post("/api/users/logout", token(reader), null).status());
    assertRevoked(server.http.get("/api/articles/feed", token(reader)));
  }

  @Test
  void forged_malformed_and_wrong_type_tokens_are_still_401_on_public_routes() {
    var reader = login(server.http, server.register("bad"));
    String otherSecret = TestServer.tokenLike(token(reader), "access")
        .sign(Algorithm.HMAC256("not-our-secret-but-just-as-long-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
    // expired as well as forged: the signature is checked first, so an attacker learns nothing from the expiry
    String forgedAndExpired = TestServer.tokenLike(token(reader), "access")
        .withIssuedAt(Instant.now().minusSeconds(1200)).withNotBefore(Instant.now().minusSeconds(1200))
        .withExpiresAt(Instant.now().minusSeconds(300))
        .sign(Algorithm.HMAC256("not-our-secret-but-just-as-long-0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
    String[] parts = token(reader).split("\\.");
    for (String path : publicReads()) {
      assertInvalidToken(server.http.get(path, otherSecret), "signature is invalid");
      assertInvalidToken(server.http.get(path, forgedAndExpired), "signature is invalid");
      assertInvalidToken(server.http.get(path, parts[0] + "." + parts[1] + "."), "signature is invalid");
      assertInvalidToken(server.http.get(path, "not-a-jwt"), "malformed");
      assertInvalidToken(server.http.get(path, refreshToken(reader)), "wrong token type");
      assertInvalidToken(server.http.send("GET", path, null, null, "Basic YWxhZGRpbjpvcGVuc2VzYW1l"), "Authorization header");
    }
  }

  @Test
  void no_token_and_a_live_token_get_no_challenge() {
    for (String path : publicReads()) {
      assertNull(server.http.get(path, null).header("WWW-Authenticate"), path);
      var live = server.http.get(path, token(author));
      assertEquals(200, live.status(), live.body());
      assertNull(live.header("WWW-Authenticate"), path);
    }
  }
}
