package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/articles/feed: articles by the authors the caller follows, newest first, for signed-in callers only. */
class FeedTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void feed_lists_only_followed_authors_newest_first() {
    var ana = server.register("ana");
    var bob = server.register("bob");
    var cat = server.register("cat");
    String reader = server.register("reader").get("token").asText();
    String ana1 = Blog.postArticle(server, ana.get("token").asText(), "Ana one").get("slug").asText();
    String bob1 = Blog.postArticle(server, bob.get("token").asText(), "Bob one").get("slug").asText();
    Blog.postArticle(server, cat.get("token").asText(), "Cat one");
    String ana2 = Blog.postArticle(server, ana.get("token").asText(), "Ana two").get("slug").asText();
    Blog.follow(server, reader, ana.get("username").asText());
    Blog.follow(server, reader, bob.get("username").asText());

    var reply = server.http.get("/api/articles/feed", reader);
    assertEquals(List.of(ana2, bob1, ana1), Blog.slugs(reply));
    assertEquals(3, reply.json().get("articlesCount").asInt());
    for (var item : reply.json().get("articles")) {
      assertTrue(item.at("/author/following").booleanValue(), item.toString());
      assertFalse(item.has("body"), item.toString());
    }
  }

  @Test
  void feed_pages_with_limit_and_offset() {
    var ana = server.register("ana");
    String reader = server.register("reader").get("token").asText();
    String first = Blog.postArticle(server, ana.get("token").asText(), "First").get("slug").asText();
    String second = Blog.postArticle(server, ana.get("token").asText(), "Second").get("slug").asText();
    Blog.follow(server, reader, ana.get("username").asText());
    assertEquals(List.of(second), Blog.slugs(server.http.get("/api/articles/feed?limit=1", reader)));
    var page2 = server.http.get("/api/articles/feed?limit=1&offset=1", reader);
    assertEquals(List.of(first), Blog.slugs(page2));
    assertEquals(2, page2.json().get("articlesCount").asInt());
    assertEquals(422, server.http.get("/api/articles/feed?limit=0", reader).status());
    assertEquals(422, server.http.get("/api/articles/feed?offset=-1", reader).status());
  }

  @Test
  void unfollowing_an_author_takes_their_articles_out_of_the_feed() {
    var ana = server.register("ana");
    String reader = server.register("reader").get("token").asText();
    Blog.postArticle(server, ana.get("token").asText(), "Soon unfollowed");
    Blog.follow(server, reader, ana.get("username").asText());
    assertEquals(1, Blog.slugs(server.http.get("/api/articles/feed", reader)).size());
    server.http.delete("/api/profiles/" + ana.get("username").asText() + "/follow", reader);
    var reply = server.http.get("/api/articles/feed", reader);
    assertEquals(List.of(), Blog.slugs(reply));
    assertEquals(0, reply.json().get("articlesCount").asInt());
  }

  @Test
  void feed_of_someone_who_follows_nobody_is_empty_even_with_articles_around() {
    Blog.postArticle(server, server.register("ana").get("token").asText(), "Unfollowed");
    String loner = server.register("loner").get("token").asText();
    var reply = server.http.get("/api/articles/feed", loner);
    assertEquals(List.of(), Blog.slugs(reply));
    assertEquals(0, reply.json().get("articlesCount").asInt());
  }

  @Test
  void GET_feed_without_token_gives_401() {
    assertEquals(401, server.http.get("/api/articles/feed", null).status());
  }
}
