package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.Statements;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The reader's list pages: a tag's articles, a writer's articles and favourites, 20 a page, without login. */
class ListPagesTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();

  private static final Pattern PREVIEW = Pattern.compile("class=\"preview\"");
  private static String tag;
  private static JsonNode prolific;
  private static String untaggedSlug;

  @BeforeAll
  static void twentyOneTaggedArticlesAndOneOther() {
    tag = Blog.uniqueTag("lists");
    prolific = server.register("prolific");
    for (int i = 1; i <= 21; i++) Blog.postArticle(server, TestUsers.token(prolific), "Tagged number " + i, tag);
    untaggedSlug = Blog.postArticle(server, TestUsers.token(prolific), "Not tagged", Blog.uniqueTag("other")).get("slug").asText();
  }

  private static int previews(String html) {
    return (int) PREVIEW.matcher(html).results().count();
  }

  @Test
  void a_tag_page_lists_only_that_tags_articles_twenty_a_page_with_links_between_pages() {
    var reader = new PageClient(server);
    var first = reader.get("/tags/" + tag);
    assertEquals(200, first.status(), first.body());
    assertEquals(20, previews(first.body()));
    assertTrue(first.body().contains("Tagged number 21"), "newest first");
    assertFalse(first.body().contains("Tagged number 1<"), "the oldest is on page 2");
    assertFalse(first.body().contains(untaggedSlug), "an article without the tag");
    assertTrue(first.body().contains("<a rel=\"next\" href=\"/tags/" + tag + "?page=2\">"), "next link");
    assertTrue(first.body().contains("<title>#" + tag + " · Inkwell</title>"), "title");
    assertTrue(first.body().contains("<meta name=\"description\" content=\"The newest articles tagged " + tag), "description");
    assertTrue(Pattern.compile("<link rel=\"canonical\" href=\"http://[^\"]+/tags/" + tag + "\">").matcher(first.body()).find(), "canonical");
    assertTrue(Pattern.compile("<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]*\" href=\"http://[^\"]+/tags/"
        + tag + "/feed.xml\">").matcher(first.body()).find(), "the tag's feed is linked");

    var second = reader.get("/tags/" + tag + "?page=2");
    assertEquals(200, second.status());
    assertEquals(1, previews(second.body()));
    assertTrue(second.body().contains("Tagged number 1<"));
    assertTrue(second.body().contains("<a rel=\"prev\" href=\"/tags/" + tag + "\">"), "back to page 1");

    var past = reader.get("/tags/" + tag + "?page=9");
    assertEquals(200, past.status());
    assertTrue(past.body().contains("Nothing here"), past.body());
  }

  @Test
  void a_tag_with_plus_space_and_ampersand_is_linked_percent_encoded_and_its_page_found() {
    String odd = "c++ & x<y " + Blog.uniqueTag("odd");
    String slug = Blog.postArticle(server, TestUsers.token(prolific), "Odd tag", odd).get("slug").asText();
    String encoded = Format.tagPath(odd);
    assertTrue(encoded.startsWith("/tags/c%2B%2B%20%26%20x%3Cy%20"), encoded);
    var article = new PageClient(server).get("/articles/" + slug);
    assertTrue(article.body().contains("href=\"" + encoded + "\""), "the article links the tag's page");
    var page = new PageClient(server).get(encoded);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("href=\"/articles/" + slug + "\""));
    assertEquals(200, new PageClient(server).get(encoded + "/feed.xml").status());
  }

  @Test
  void a_tag_no_article_carries_is_a_404_page() {
    var page = new PageClient(server).get("/tags/" + Blog.uniqueTag("never-used"));
    assertEquals(404, page.status());
    assertTrue(page.header("Content-Type").startsWith("text/html"), page.header("Content-Type"));
    assertTrue(page.body().contains("Page not found"), page.body());
  }

  @Test
  void a_profile_shows_bio_picture_and_articles_and_a_follow_button_only_to_other_signed_in_readers() {
    var writer = server.register("writer");
    String name = TestUsers.username(writer);
    var update = server.http.put("/api/user", TestUsers.token(writer),
        Http.json(Map.of("user", Map.of("bio", "I write <about> things & stuff", "image", "https://example.com/me.png"))));
    assertEquals(200, update.status(), update.body());
    String slug = Blog.articleBy(server, writer, "Writer's first");

    var page = new PageClient(server).get("/@" + name);
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("I write &lt;about&gt; things &amp; stuff"), "bio, escaped");
    assertTrue(page.body().contains("<img class=\"avatar\" src=\"https://example.com/me.png\" alt=\"Picture of " + name + "\""), "picture");
    assertTrue(page.body().contains("href=\"/articles/" + slug + "\""), "their article");
    assertFalse(page.body().contains("Tagged number"), "nobody else's");
    assertTrue(page.body().contains("<title>" + name + " · Inkwell</title>"));
    assertTrue(page.body().contains("/@" + name + "/feed.xml\">"), "their feed is linked");
    assertFalse(page.body().contains("/follow\""), "no follow form for anonymous readers");

    var other = PageClient.loggedInAs(server, "follower");
    var seen = other.get("/@" + name);
    assertTrue(seen.body().contains("action=\"/@" + name + "/follow\""), "follow form for another signed-in reader");
    assertTrue(seen.body().contains("name=\"follow\" value=\"true\""));

    var own = PageClient.loggedInAs(server, "self");
    var ownPage = own.get("/@" + own.username);
    assertEquals(200, ownPage.status());
    assertFalse(ownPage.body().contains("/follow\""), "nobody follows themselves");
    assertFalse(ownPage.body().contains("class=\"avatar\""), "no picture set, no img");
  }

  @Test
  void the_favorites_page_lists_what_the_user_favourited() {
    var fan = server.register("fan");
    var other = server.register("author");
    String liked = Blog.articleBy(server, other, "Liked one");
    String notLiked = Blog.articleBy(server, other, "Not liked one");
    Blog.favorite(server, TestUsers.token(fan), liked);

    var page = new PageClient(server).get("/@" + TestUsers.username(fan) + "/favorites");
    assertEquals(200, page.status(), page.body());
    assertTrue(page.body().contains("href=\"/articles/" + liked + "\""));
    assertFalse(page.body().contains("href=\"/articles/" + notLiked + "\""));
    assertTrue(page.body().contains("<title>Favourites of " + TestUsers.username(fan) + " · Inkwell</title>"));
    assertTrue(new PageClient(server).get("/@" + TestUsers.username(fan)).body().contains("has not published anything yet"));
  }

  @Test
  void an_unknown_user_is_a_404_page() {
    for (String path : new String[] {"/@nobody-here-at-all", "/@nobody-here-at-all/favorites"}) {
      var page = new PageClient(server).get(path);
      assertEquals(404, page.status(), path);
      assertTrue(page.header("Content-Type").startsWith("text/html"), path);
      assertTrue(page.body().contains("<title>Page not found"), page.body());
    }
  }

  @Test
  void a_profile_page_costs_the_same_statements_for_one_article_and_twenty() {
    var single = server.register("single");
    Blog.articleBy(server, single, "Only one");
    var reader = new PageClient(server);
    reader.get("/@" + TestUsers.username(single) + "?page=1&warm=up");
    var one = Statements.during(server, () -> reader.get("/@" + TestUsers.username(single)));
    var twenty = Statements.during(server, () -> reader.get("/@" + TestUsers.username(prolific)));
    assertEquals(1, previews(one.result().body()));
    assertEquals(20, previews(twenty.result().body()));
    assertEquals(one.statements(), twenty.statements(), "no statement per article");
    // the profile, the page (with authors, favourites and counts), its total, and its tags
    assertEquals(4, twenty.statements());
  }
}
