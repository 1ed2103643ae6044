package inkwell.profiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.ErrorReplies;
import inkwell.Http;
import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/profiles/{username} and following, as callers with and without a token see them. */
class ProfileTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static JsonNode profile(Http.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("profile");
  }

  /** "following" must be a real JSON boolean: booleanValue() of a string or a missing field would read as false. */
  private static boolean following(JsonNode profile) {
    assertTrue(profile.get("following").isBoolean(), profile.toString());
    return profile.get("following").booleanValue();
  }

  /** Usernames are unique ignoring case, so a lookup in another case finds the one user it can mean. */
  @Test
  void GET_profile_and_author_filter_ignore_the_case_of_the_username() {
    var user = server.register("Casey");
    String name = user.get("username").asText();
    inkwell.Blog.postArticle(server, user.get("token").asText(), "Case matters not");
    assertEquals(name, profile(server.http.get("/api/profiles/" + name.toUpperCase(), null)).get("username").asText());
    var list = server.http.get("/api/articles?author=" + name.toLowerCase(), null);
    assertEquals(1, list.json().get("articlesCount").asInt(), list.body());
  }

  @Test
  void GET_profile_anonymously_gives_the_profile_with_following_false() {
    String ana = server.register("ana").get("username").asText();
    var p = profile(server.http.get("/api/profiles/" + ana, null));
    assertEquals(ana, p.get("username").asText());
    assertTrue(p.has("bio") && p.has("image"), p.toString());
    assertEquals(false, following(p));
  }

  @Test
  void GET_profile_signed_in_shows_following_true_only_after_follow() {
    String ana = server.register("ana").get("username").asText();
    String bob = server.register("bob").get("token").asText();
    assertEquals(false, following(profile(server.http.get("/api/profiles/" + ana, bob))));
    assertEquals(true, following(profile(server.http.post("/api/profiles/" + ana + "/follow", bob, null))));
    assertEquals(true, following(profile(server.http.get("/api/profiles/" + ana, bob))));
    // following is per caller: an anonymous reader still sees false
    assertEquals(false, following(profile(server.http.get("/api/profiles/" + ana, null))));
  }

  @Test
  void POST_and_DELETE_follow_are_idempotent() {
    String ana = server.register("ana").get("username").asText();
    String bob = server.register("bob").get("token").asText();
    String path = "/api/profiles/" + ana + "/follow";
    assertEquals(true, following(profile(server.http.post(path, bob, null))));
    assertEquals(true, following(profile(server.http.post(path, bob, null))));
    assertEquals(false, following(profile(server.http.delete(path, bob))));
    assertEquals(false, following(profile(server.http.delete(path, bob))));
    assertEquals(false, following(profile(server.http.get("/api/profiles/" + ana, bob))));
  }

  @Test
  void POST_follow_yourself_gives_422() {
    var ana = server.register("ana");
    var reply = server.http.post("/api/profiles/" + ana.get("username").asText() + "/follow",
        ana.get("token").asText(), null);
    ErrorReplies.assertError(reply, 422, "profile");
  }

  @Test
  void unknown_user_gives_404_to_get_follow_and_unfollow() {
    String bob = server.register("bob").get("token").asText();
    assertEquals(404, server.http.get("/api/profiles/nobody-here", null).status());
    assertEquals(404, server.http.get("/api/profiles/nobody-here", bob).status());
    assertEquals(404, server.http.post("/api/profiles/nobody-here/follow", bob, null).status());
    ErrorReplies.assertError(server.http.delete("/api/profiles/nobody-here/follow", bob), 404, "profile");
  }

  @Test
  void POST_and_DELETE_follow_without_token_give_401() {
    String ana = server.register("ana").get("username").asText();
    assertEquals(401, server.http.post("/api/profiles/" + ana + "/follow", null, null).status());
    assertEquals(401, server.http.delete("/api/profiles/" + ana + "/follow", null).status());
  }

  @Test
  void GET_profile_with_a_bad_token_gives_401_rather_than_an_anonymous_answer() {
    String ana = server.register("ana").get("username").asText();
    assertEquals(401, server.http.get("/api/profiles/" + ana, "not-a-token").status());
  }
}
