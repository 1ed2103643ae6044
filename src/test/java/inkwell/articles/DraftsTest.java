package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Drafts (issue 14): an article saved with "draft": true exists for its author alone. Everyone else, signed in or
 * not, gets exactly what they would get if it did not exist: no list, feed, count or tag shows it, and every route
 * on its slug is a 404. Publishing dates it now and moves every count by one.
 */
class DraftsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static String draftJson(String title, String tag) {
    return Http.json(Map.of("article", Map.of("title", title, "description", "About " + title,
        "body", "The body of " + title, "tagList", List.of(tag), "draft", true)));
  }

  private static JsonNode postDraft(String token, String title, String tag) {
    var reply = server.http.post("/api/articles", token, draftJson(title, tag));
    assertEquals(201, reply.status(), reply.body());
    var article = reply.json().get("article");
    assertTrue(article.get("draft").booleanValue(), reply.body());
    return article;
  }

  private static int articlesCount(String query, String token) {
    var reply = server.http.get("/api/articles" + query, token);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("articlesCount").asInt();
  }

  /** The tag's count in GET /api/tags?withCounts=true, 0 when it is not listed. */
  private static int tagCount(String tag) {
    var reply = server.http.get("/api/tags?withCounts=true", null);
    assertEquals(200, reply.status(), reply.body());
    for (var t : reply.json().get("tags")) if (t.get("name").asText().equals(tag)) return t.get("count").asInt();
    return 0;
  }

  private static Http.Reply publish(String token, String slug) {
    return server.http.put("/api/articles/" + slug, token, Http.json(Map.of("article", Map.of("draft", false))));
  }

  @Test
  void a_draft_is_invisible_to_anonymous_readers_and_other_users() {
    var ana = server.register("draft-ana");
    String anaToken = TestUsers.token(ana);
    String bobToken = TestUsers.token(server.register("draft-bob"));
    Blog.follow(server, bobToken, TestUsers.username(ana));
    String tag = Blog.uniqueTag("hidden");
    String author = TestUsers.username(ana);
    int all = articlesCount("", null);

    String slug = postDraft(anaToken, "Secret plans", tag).get("slug").asText();

    for (String token : new String[] {null, bobToken}) {
      assertFalse(Blog.slugs(server.http.get("/api/articles?limit=100", token)).contains(slug));
      assertEquals(all, articlesCount("", token));
      assertEquals(List.of(), Blog.slugs(server.http.get("/api/articles?tag=" + tag, token)));
      assertEquals(0, articlesCount("?tag=" + tag, token));
      assertEquals(List.of(), Blog.slugs(server.http.get("/api/articles?author=" + author, token)));
      assertEquals(0, articlesCount("?author=" + author, token));
      assertEquals(List.of(), Blog.slugs(server.http.get("/api/articles?tag=" + tag + "&tag=other", token)));
      assertEquals(404, server.http.get("/api/articles/" + slug, token).status());
      assertEquals(404, Blog.comments(server, slug, token).status());
    }
    var feed = server.http.get("/api/articles/feed", bobToken);
    assertEquals(List.of(), Blog.slugs(feed));
    assertEquals(0, feed.json().get("articlesCount").asInt());
    assertEquals(0, tagCount(tag));

    // every write on it answers as for a slug that does not exist
    String comment = Http.json(Map.of("comment", Map.of("body", "Found it")));
    assertEquals(404, server.http.post("/api/articles/" + slug + "/comments", bobToken, comment).status());
    assertEquals(404, server.http.post("/api/articles/" + slug + "/favorite", bobToken, null).status());
    assertEquals(404, server.http.delete("/api/articles/" + slug + "/favorite", bobToken).status());
    assertEquals(404, publish(bobToken, slug).status());
    assertEquals(404, server.http.delete("/api/articles/" + slug, bobToken).status());
    assertEquals(401, server.http.get("/api/user/drafts", null).status());
    assertEquals(List.of(), Blog.slugs(server.http.get("/api/user/drafts", bobToken)));
    // ...and it is still there for its author
    assertEquals(200, server.http.get("/api/articles/" + slug, anaToken).status());
  }

  @Test
  void the_author_reads_a_draft_by_slug_and_in_their_drafts_but_in_no_list() {
    var ana = server.register("draft-author");
    String token = TestUsers.token(ana);
    String tag = Blog.uniqueTag("mine");
    String older = postDraft(token, "First thoughts", tag).get("slug").asText();
    String newer = postDraft(token, "Second thoughts", tag).get("slug").asText();

    var one = server.http.get("/api/articles/" + older, token);
    assertEquals(200, one.status(), one.body());
    assertTrue(one.json().at("/article/draft").booleanValue(), one.body());
    assertEquals("The body of First thoughts", one.json().at("/article/body").asText());

    // an edit keeps it a draft and puts it first (last edited first)
    var edit = server.http.put("/api/articles/" + older, token,
        Http.json(Map.of("article", Map.of("body", "Rewritten"))));
    assertEquals(200, edit.status(), edit.body());
    assertTrue(edit.json().at("/article/draft").booleanValue(), edit.body());
    var drafts = server.http.get("/api/user/drafts", token);
    assertEquals(List.of(older, newer), Blog.slugs(drafts));
    assertEquals(2, drafts.json().get("articlesCount").asInt());
    for (var item : drafts.json().get("articles")) {
      assertTrue(item.get("draft").booleanValue(), item.toString());
      assertFalse(item.has("body"), item.toString());
    }
    var paged = server.http.get("/api/user/drafts?limit=1&offset=1", token);
    assertEquals(List.of(newer), Blog.slugs(paged));
    assertEquals(2, paged.json().get("articlesCount").asInt());
    assertEquals(422, server.http.get("/api/user/drafts?limit=0", token).status());

    // the lists are the public's, for the author too
    assertEquals(List.of(), Blog.slugs(server.http.get("/api/articles?author=" + TestUsers.username(ana), token)));
    assertEquals(0, articlesCount("?tag=" + tag, token));

    // the author may comment on and favorite their own draft
    Blog.postComment(server, token, older, "A note to self");
    assertEquals(1, Blog.commentIds(Blog.comments(server, older, token)).size());
    Blog.favorite(server, token, older);
  }

  @Test
  void publishing_dates_the_article_now_and_moves_every_count_by_one() throws Exception {
    var ana = server.register("draft-pub");
    String anaToken = TestUsers.token(ana);
    String bobToken = TestUsers.token(server.register("draft-reader"));
    Blog.follow(server, bobToken, TestUsers.username(ana));
    String tag = Blog.uniqueTag("news");
    Blog.postArticle(server, anaToken, "Already out", tag);
    var draft = postDraft(anaToken, "Coming soon", tag);
    String slug = draft.get("slug").asText();
    Instant draftedAt = Instant.parse(draft.get("createdAt").asText());
    int all = articlesCount("", null);
    assertEquals(1, articlesCount("?tag=" + tag, null));
    assertEquals(1, tagCount(tag));
    Thread.sleep(20);   // timestamps have millisecond precision

    var published = publish(anaToken, slug);
    assertEquals(200, published.status(), published.body());
    var article = published.json().get("article");
    assertFalse(article.has("draft"), published.body());
    Instant createdAt = Instant.parse(article.get("createdAt").asText());
    assertTrue(createdAt.isAfter(draftedAt), draftedAt + " then " + createdAt);
    assertEquals(article.get("createdAt"), article.get("updatedAt"));

    assertEquals(all + 1, articlesCount("", null));
    assertEquals(2, articlesCount("?tag=" + tag, null));
    assertEquals(2, tagCount(tag));
    // it appears as new: first in the home list, its tag's list and the feed
    assertEquals(slug, Blog.slugs(server.http.get("/api/articles?limit=1", null)).get(0));
    assertEquals(slug, Blog.slugs(server.http.get("/api/articles?tag=" + tag, null)).get(0));
    assertEquals(slug, Blog.slugs(server.http.get("/api/articles/feed", bobToken)).get(0));
    var anonymous = server.http.get("/api/articles/" + slug, null);
    assertEquals(200, anonymous.status(), anonymous.body());
    assertFalse(anonymous.json().get("article").has("draft"), anonymous.body());
    assertEquals(List.of(), Blog.slugs(server.http.get("/api/user/drafts", anaToken)));

    // a comment by someone else, then back to drafts: gone from every count again, and from their comments list
    Blog.postComment(server, bobToken, slug, "Congratulations");
    var unpublished = server.http.put("/api/articles/" + slug, anaToken,
        Http.json(Map.of("article", Map.of("draft", true))));
    assertEquals(200, unpublished.status(), unpublished.body());
    assertEquals(article.get("createdAt"), unpublished.json().at("/article/createdAt"));
    assertEquals(all, articlesCount("", null));
    assertEquals(1, articlesCount("?tag=" + tag, null));
    assertEquals(1, tagCount(tag));
    assertEquals(404, server.http.get("/api/articles/" + slug, null).status());
    var bobsComments = server.http.get("/api/user/comments", bobToken);
    assertEquals(0, bobsComments.json().get("commentsCount").asInt(), bobsComments.body());

    // deleting a draft leaves the counts as they are
    assertEquals(204, server.http.delete("/api/articles/" + slug, anaToken).status());
    assertEquals(all, articlesCount("", null));
    assertEquals(1, tagCount(tag));
  }

  @Test
  void a_published_article_has_no_draft_key_anywhere() {
    String token = TestUsers.token(server.register("plain"));
    String tag = Blog.uniqueTag("plain");
    var created = Blog.postArticle(server, token, "Plain old article", tag);
    assertFalse(created.has("draft"), created.toString());
    var explicit = server.http.post("/api/articles", token, Http.json(Map.of("article", Map.of("title", "Said so",
        "description", "d", "body", "b", "draft", false))));
    assertEquals(201, explicit.status(), explicit.body());
    assertFalse(explicit.json().get("article").has("draft"), explicit.body());
    String slug = created.get("slug").asText();
    for (String who : new String[] {null, token}) {
      assertFalse(server.http.get("/api/articles/" + slug, who).json().get("article").has("draft"));
      for (var item : server.http.get("/api/articles?tag=" + tag, who).json().get("articles")) {
        assertFalse(item.has("draft"), item.toString());
      }
    }
  }

  @Test
  void draft_of_the_wrong_type_is_422_not_500() {
    String token = TestUsers.token(server.register("typo"));
    for (Object wrong : new Object[] {"yes", "true", 1, List.of(true)}) {
      var reply = server.http.post("/api/articles", token, Http.json(Map.of("article", Map.of("title", "T",
          "description", "d", "body", "b", "draft", wrong))));
      assertEquals(422, reply.status(), wrong + ": " + reply.body());
      assertTrue(reply.json().at("/errors").has("article.draft"), reply.body());
    }
    String slug = Blog.postArticle(server, token, "Typed right").get("slug").asText();
    var reply = server.http.put("/api/articles/" + slug, token, Http.json(Map.of("article", Map.of("draft", "no"))));
    assertEquals(422, reply.status(), reply.body());
  }
}
