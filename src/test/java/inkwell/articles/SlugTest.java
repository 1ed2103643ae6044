package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Slugs: ASCII [a-z0-9-]+, unique, and stable until the title changes. */
class SlugTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String token;

  @BeforeAll
  static void setUp() {
    token = server.register("slugs").get("token").asText();
  }

  private static String slugOf(String title) {
    return Blog.postArticle(server, token, title).get("slug").asText();
  }

  private static Http.Reply put(String slug, Map<String, String> changes) {
    return server.http.put("/api/articles/" + slug, token, Http.json(Map.of("article", changes)));
  }

  @Test
  void two_articles_titled_Hello_World_get_distinct_slugs_the_first_hello_world() {
    String first = slugOf("Hello World");
    String second = slugOf("Hello World");
    assertEquals("hello-world", first);
    assertNotEquals(first, second);
    assertTrue(second.matches("hello-world-[a-z0-9]{6}"), second);
    assertEquals("Hello World", server.http.get("/api/articles/" + second, null).json().at("/article/title").asText());
  }

  @Test
  void a_chinese_title_gets_an_ascii_slug_that_finds_the_article() {
    String slug = slugOf("你好世界");
    assertTrue(slug.matches("[a-z0-9-]+"), slug);
    assertTrue(slug.startsWith("article"), slug);
    var reply = server.http.get("/api/articles/" + slug, null);
    assertEquals(200, reply.status(), reply.body());
    assertEquals("你好世界", reply.json().at("/article/title").asText());
    // a second one must not collide with the first
    assertNotEquals(slug, slugOf("你好世界"));
  }

  @Test
  void punctuation_and_accents_still_give_a_plain_ascii_slug() {
    for (String title : new String[] {"  C'est déjà l'été!  ", "Rock & Roll: 2024", "--Dashes--", "Émoji 🎉 time"}) {
      String slug = slugOf(title);
      assertTrue(slug.matches("[a-z0-9-]+"), title + " -> " + slug);
      assertEquals(200, server.http.get("/api/articles/" + slug, null).status(), slug);
    }
  }

  @Test
  void edits_that_keep_the_title_keep_the_slug() {
    String slug = slugOf("Stable Title");
    var bodyOnly = put(slug, Map.of("body", "new body", "description", "new description"));
    assertEquals(200, bodyOnly.status(), bodyOnly.body());
    assertEquals(slug, bodyOnly.json().at("/article/slug").asText());
    var sameTitle = put(slug, Map.of("title", "Stable Title"));
    assertEquals(200, sameTitle.status(), sameTitle.body());
    assertEquals(slug, sameTitle.json().at("/article/slug").asText());
    assertEquals(200, server.http.get("/api/articles/" + slug, null).status());
  }

  @Test
  void a_new_title_gives_a_new_slug_and_the_old_one_404s() {
    String old = slugOf("Before Renaming");
    var reply = put(old, Map.of("title", "After Renaming"));
    assertEquals(200, reply.status(), reply.body());
    String renamed = reply.json().at("/article/slug").asText();
    assertEquals("after-renaming", renamed);
    assertEquals(404, server.http.get("/api/articles/" + old, null).status());
    var found = server.http.get("/api/articles/" + renamed, null);
    assertEquals(200, found.status(), found.body());
    assertEquals("After Renaming", found.json().at("/article/title").asText());
  }

  @Test
  void renaming_to_a_title_another_article_holds_gives_a_suffixed_slug() {
    String taken = slugOf("Taken Title");
    String other = slugOf("Some Other Title");
    var reply = put(other, Map.of("title", "Taken Title"));
    assertEquals(200, reply.status(), reply.body());
    String renamed = reply.json().at("/article/slug").asText();
    assertTrue(renamed.matches("taken-title-[a-z0-9]{6}"), renamed);
    assertEquals("The body of Taken Title",
        server.http.get("/api/articles/" + taken, null).json().at("/article/body").asText());
    assertEquals("The body of Some Other Title",
        server.http.get("/api/articles/" + renamed, null).json().at("/article/body").asText());
  }
}
