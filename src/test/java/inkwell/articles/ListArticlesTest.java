package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.ErrorReplies;
import inkwell.TestServer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET /api/articles: newest first, paged, counted over all matches, without bodies. */
class ListArticlesTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  /** Posts {@code n} articles as a new author; returns the author's username and the slugs, oldest first. */
  private static List<String> postMany(String token, String title, int n) {
    var slugs = new ArrayList<String>();
    for (int i = 1; i <= n; i++) slugs.add(Blog.postArticle(server, token, title + " " + i).get("slug").asText());
    return slugs;
  }

  @Test
  void GET_articles_lists_newest_first() {
    String token = server.register("author").get("token").asText();
    var oldestFirst = postMany(token, "Ordered", 3);
    var reply = server.http.get("/api/articles", null);
    var listed = Blog.slugs(reply);
    // nothing is posted after these, so they head the unfiltered list
    assertEquals(List.of(oldestFirst.get(2), oldestFirst.get(1), oldestFirst.get(0)), listed.subList(0, 3));
    Instant previous = Instant.MAX;
    for (var article : reply.json().get("articles")) {
      Instant created = Instant.parse(article.get("createdAt").asText());
      assertFalse(created.isAfter(previous), "not newest first: " + reply.body());
      previous = created;
    }
  }

  @Test
  void GET_articles_pages_with_limit_and_offset_and_counts_every_match() {
    var author = server.register("pager");
    var s = postMany(author.get("token").asText(), "Paged", 5);
    String base = "/api/articles?author=" + author.get("username").asText();
    assertEquals(List.of(s.get(4), s.get(3)), Blog.slugs(server.http.get(base + "&limit=2", null)));
    assertEquals(List.of(s.get(2), s.get(1)), Blog.slugs(server.http.get(base + "&limit=2&offset=2", null)));
    assertEquals(List.of(s.get(0)), Blog.slugs(server.http.get(base + "&limit=2&offset=4", null)));
    var pastTheEnd = server.http.get(base + "&limit=2&offset=5", null);
    assertEquals(List.of(), Blog.slugs(pastTheEnd));
    // articlesCount is the total over the filter, not the size of the page
    assertEquals(5, pastTheEnd.json().get("articlesCount").asInt());
    assertEquals(5, server.http.get(base + "&limit=2", null).json().get("articlesCount").asInt());
  }

  @Test
  void GET_articles_without_limit_gives_20() {
    var author = server.register("many");
    postMany(author.get("token").asText(), "Plenty", 21);
    var reply = server.http.get("/api/articles?author=" + author.get("username").asText(), null);
    assertEquals(20, Blog.slugs(reply).size());
    assertEquals(21, reply.json().get("articlesCount").asInt());
  }

  @Test
  void GET_articles_list_items_have_no_body_but_every_other_field() {
    var author = server.register("nobody");
    Blog.postArticle(server, author.get("token").asText(), "Bodiless in lists", "x");
    var item = server.http.get("/api/articles?author=" + author.get("username").asText(), null)
        .json().at("/articles/0");
    assertFalse(item.has("body"), item.toString());
    for (String field : List.of("slug", "title", "description", "tagList", "createdAt", "updatedAt",
        "favorited", "favoritesCount", "author")) {
      assertTrue(item.has(field), field + " missing from " + item);
    }
    assertEquals(List.of("x"), Blog.each(item.get("tagList"), null));
  }

  @Test
  void GET_articles_shows_favorited_favoritesCount_and_following_for_each_caller() {
    var author = server.register("liked");
    String fan = server.register("fan").get("token").asText();
    String stranger = server.register("stranger").get("token").asText();
    String slug = Blog.postArticle(server, author.get("token").asText(), "Liked by one").get("slug").asText();
    Blog.follow(server, fan, author.get("username").asText());
    Blog.favorite(server, fan, slug);
    String path = "/api/articles?author=" + author.get("username").asText();

    var asFan = server.http.get(path, fan).json().at("/articles/0");
    assertTrue(asFan.get("favorited").booleanValue() && asFan.at("/author/following").booleanValue(), asFan.toString());
    assertEquals(1, asFan.get("favoritesCount").asInt());
    for (String caller : new String[] {stranger, null}) {
      var seen = server.http.get(path, caller).json().at("/articles/0");
      assertFalse(seen.get("favorited").booleanValue() || seen.at("/author/following").booleanValue(), seen.toString());
      assertEquals(1, seen.get("favoritesCount").asInt());
    }
  }

  /** Out of range or not a number is the client's mistake, said as 422 naming the parameter. */
  @ParameterizedTest
  @ValueSource(strings = {"limit=0", "limit=101", "limit=-1", "limit=abc", "limit=1.5", "offset=-1", "offset=abc"})
  void GET_articles_with_bad_paging_gives_422_naming_the_parameter(String query) {
    String parameter = query.substring(0, query.indexOf('='));
    ErrorReplies.assertError(server.http.get("/api/articles?" + query, null), 422, parameter);
  }

  @Test
  void GET_articles_accepts_the_limits_1_and_100() {
    assertEquals(200, server.http.get("/api/articles?limit=1", null).status());
    assertEquals(200, server.http.get("/api/articles?limit=100&offset=0", null).status());
  }

  @Test
  void GET_articles_with_a_bad_token_gives_401() {
    assertEquals(401, server.http.get("/api/articles", "garbage").status());
  }
}
