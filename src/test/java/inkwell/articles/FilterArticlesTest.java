package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.Blog;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * GET /api/articles?tag=&author=&favorited=: each filter alone, a repeated tag meaning "any of", and combinations.
 * One small blog is built once; unique tag names keep it apart from anything else on the server.
 */
class FilterArticlesTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String ana;
  static String bob;
  static String red;
  static String blue;
  static String green;
  // slugs, named after author and tags
  static String anaRed;
  static String anaRedBlue;
  static String bobBlue;
  static String bobGreen;

  @BeforeAll
  static void setUp() {
    var anaUser = server.register("ana");
    var bobUser = server.register("bob");
    ana = anaUser.get("username").asText();
    bob = bobUser.get("username").asText();
    red = Blog.uniqueTag("red");
    blue = Blog.uniqueTag("blue");
    green = Blog.uniqueTag("green");
    String anaToken = anaUser.get("token").asText();
    String bobToken = bobUser.get("token").asText();
    anaRed = Blog.postArticle(server, anaToken, "Ana red", red).get("slug").asText();
    anaRedBlue = Blog.postArticle(server, anaToken, "Ana red blue", red, blue).get("slug").asText();
    bobBlue = Blog.postArticle(server, bobToken, "Bob blue", blue).get("slug").asText();
    bobGreen = Blog.postArticle(server, bobToken, "Bob green", green).get("slug").asText();
    // ana likes bob's blue one; bob likes ana's red one and his own green one
    Blog.favorite(server, anaToken, bobBlue);
    Blog.favorite(server, bobToken, anaRed);
    Blog.favorite(server, bobToken, bobGreen);
  }

  /** Slugs listed for the query, newest first, after checking articlesCount agrees with them. */
  private static List<String> list(String query) {
    var reply = server.http.get("/api/articles?" + query, null);
    var slugs = Blog.slugs(reply);
    assertEquals(slugs.size(), reply.json().get("articlesCount").asInt(), reply.body());
    return slugs;
  }

  @Test
  void tag_filter_lists_the_articles_carrying_it() {
    assertEquals(List.of(anaRedBlue, anaRed), list("tag=" + red));
    assertEquals(List.of(bobGreen), list("tag=" + green));
  }

  @Test
  void repeated_tag_filter_lists_articles_with_any_of_them_once_each() {
    // anaRedBlue carries both tags and must not be listed (or counted) twice
    assertEquals(List.of(bobBlue, anaRedBlue, anaRed), list("tag=" + red + "&tag=" + blue));
    assertEquals(List.of(bobGreen, bobBlue, anaRedBlue), list("tag=" + blue + "&tag=" + green));
  }

  @Test
  void author_filter_lists_that_authors_articles() {
    assertEquals(List.of(anaRedBlue, anaRed), list("author=" + ana));
    assertEquals(List.of(bobGreen, bobBlue), list("author=" + bob));
  }

  @Test
  void favorited_filter_lists_what_that_user_favorited() {
    assertEquals(List.of(bobBlue), list("favorited=" + ana));
    assertEquals(List.of(bobGreen, anaRed), list("favorited=" + bob));
  }

  @Test
  void filters_combine_with_and() {
    assertEquals(List.of(anaRedBlue), list("tag=" + blue + "&author=" + ana));
    assertEquals(List.of(bobGreen), list("author=" + bob + "&favorited=" + bob));
    assertEquals(List.of(anaRed), list("tag=" + red + "&favorited=" + bob));
    assertEquals(List.of(bobBlue), list("tag=" + red + "&tag=" + blue + "&favorited=" + ana));
    assertEquals(List.of(anaRedBlue, anaRed), list("tag=" + red + "&tag=" + blue + "&author=" + ana));
    assertEquals(List.of(), list("tag=" + green + "&author=" + ana));
  }

  @Test
  void unknown_author_tag_or_favoriter_gives_an_empty_list_not_404() {
    assertEquals(List.of(), list("author=nobody-at-all"));
    assertEquals(List.of(), list("tag=no-such-tag-anywhere"));
    assertEquals(List.of(), list("favorited=nobody-at-all"));
  }

  @Test
  void filters_page_like_the_plain_list() {
    var reply = server.http.get("/api/articles?tag=" + red + "&tag=" + blue + "&limit=1&offset=1", null);
    assertEquals(List.of(anaRedBlue), Blog.slugs(reply));
    assertEquals(3, reply.json().get("articlesCount").asInt());
  }
}
