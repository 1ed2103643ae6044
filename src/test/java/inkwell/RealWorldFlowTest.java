package inkwell;

import static inkwell.TestUsers.login;
import static inkwell.TestUsers.token;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Conduit frontend's path through the API, start to finish, on one server: two people meet, one writes, the
 * other follows, reads, comments and favorites; the writer edits and finally deletes. Each step uses only what
 * earlier answers returned, as a browser would.
 */
class RealWorldFlowTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  private static Http.Reply ok(Http.Reply reply) {
    assertTrue(reply.status() == 200 || reply.status() == 201, reply.status() + " " + reply.body());
    return reply;
  }

  @Test
  void a_writer_and_a_reader_walk_through_the_whole_blog() {
    var http = server.http;
    // sign up, then sign in like the login page does
    var writerUser = server.register("writer");
    var readerUser = server.register("reader");
    String writerName = writerUser.get("username").asText();
    String readerName = readerUser.get("username").asText();
    String writer = token(login(http, writerUser));
    String reader = token(login(http, readerUser));

    // the reader finds the writer's profile and follows
    assertEquals(false, ok(http.get("/api/profiles/" + writerName, reader)).json().at("/profile/following").booleanValue());
    assertEquals(true, ok(http.post("/api/profiles/" + writerName + "/follow", reader, null))
        .json().at("/profile/following").booleanValue());

    // the writer publishes, with tags typed carelessly
    String tag = Blog.uniqueTag("flow");
    var created = http.post("/api/articles", writer, Blog.articleJson("How to Train Your Dragon",
        "Ever wonder how?", "You have to believe", List.of(" " + tag.toUpperCase() + " ", "dragons", tag)));
    assertEquals(201, created.status(), created.body());
    String slug = created.json().at("/article/slug").asText();
    assertEquals("how-to-train-your-dragon", slug);
    assertEquals(List.of("dragons", tag), Blog.each(created.json().at("/article/tagList"), null));

    // home page: global list, the tag cloud, a tag's list, the author's list, and the reader's feed
    assertEquals(slug, ok(http.get("/api/articles?limit=10&offset=0", reader)).json().at("/articles/0/slug").asText());
    assertTrue(Blog.each(ok(http.get("/api/tags", null)).json().get("tags"), null).containsAll(List.of(tag, "dragons")));
    assertEquals(List.of(slug), Blog.slugs(http.get("/api/articles?tag=" + tag, reader)));
    assertEquals(List.of(slug), Blog.slugs(http.get("/api/articles?author=" + writerName, null)));
    var feed = ok(http.get("/api/articles/feed?limit=10&offset=0", reader)).json();
    assertEquals(slug, feed.at("/articles/0/slug").asText());
    assertTrue(feed.at("/articles/0/author/following").booleanValue());

    // article page: read, comment, favorite
    var article = ok(http.get("/api/articles/" + slug, reader)).json().get("article");
    assertEquals("You have to believe", article.get("body").asText());
    var comment = Blog.postComment(server, reader, slug, "It takes a Jacobian");
    assertEquals(readerName, comment.at("/author/username").asText());
    var comments = ok(http.get("/api/articles/" + slug + "/comments", writer)).json().get("comments");
    assertEquals(List.of("It takes a Jacobian"), Blog.each(comments, "body"));
    var favorited = ok(http.post("/api/articles/" + slug + "/favorite", reader, null)).json().get("article");
    assertTrue(favorited.get("favorited").booleanValue());
    assertEquals(1, favorited.get("favoritesCount").asInt());
    assertEquals(List.of(slug), Blog.slugs(http.get("/api/articles?favorited=" + readerName, null)));
    var mine = ok(http.get("/api/user/comments", reader)).json();
    assertEquals(slug, mine.at("/comments/0/article/slug").asText());

    // the writer edits the title: a new slug, the old one gone, the favorite and comment kept
    var edited = ok(http.put("/api/articles/" + slug, writer,
        Http.json(Map.of("article", Map.of("title", "Did you train your dragon?"))))).json().get("article");
    String newSlug = edited.get("slug").asText();
    assertEquals("did-you-train-your-dragon", newSlug);
    assertEquals(404, http.get("/api/articles/" + slug, null).status());
    var reread = ok(http.get("/api/articles/" + newSlug, reader)).json().get("article");
    assertEquals(1, reread.get("favoritesCount").asInt());
    assertTrue(reread.get("favorited").booleanValue());
    assertEquals(1, ok(http.get("/api/articles/" + newSlug + "/comments", null)).json().get("comments").size());

    // the reader cannot delete it; the writer can, and everything it carried goes
    assertEquals(403, http.delete("/api/articles/" + newSlug, reader).status());
    assertEquals(204, http.delete("/api/articles/" + newSlug, writer).status());
    assertEquals(404, http.get("/api/articles/" + newSlug, null).status());
    assertEquals(0, ok(http.get("/api/articles/feed", reader)).json().get("articlesCount").asInt());
    assertEquals(0, ok(http.get("/api/user/comments", reader)).json().get("commentsCount").asInt());
    assertTrue(!Blog.each(ok(http.get("/api/tags", null)).json().get("tags"), null).contains(tag));
  }
}
