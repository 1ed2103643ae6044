package inkwell.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.ErrorReplies;
import inkwell.Http;
import inkwell.TestServer;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** POST /api/articles: the full article comes back, tags are normalised, bad input is a 4xx naming the field. */
class CreateArticleTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String token;
  static String username;

  @BeforeAll
  static void setUp() {
    var user = server.register("writer");
    token = user.get("token").asText();
    username = user.get("username").asText();
  }

  private static Http.Reply post(String json) {
    return server.http.post("/api/articles", token, json);
  }

  @Test
  void POST_article_gives_201_with_every_article_field_and_the_author_profile() {
    var reply = post(Blog.articleJson("Full shape", "A description", "A body", List.of("zeta", "alpha", "mid")));
    assertEquals(201, reply.status(), reply.body());
    var a = reply.json().get("article");
    assertEquals("Full shape", a.get("title").asText());
    assertEquals("A description", a.get("description").asText());
    assertEquals("A body", a.get("body").asText());
    assertTrue(a.get("slug").asText().matches("[a-z0-9-]+"), a.toString());
    // sorted by name, as RealWorld answers (TagOrderTest)
    assertEquals(List.of("alpha", "mid", "zeta"), Blog.each(a.get("tagList"), null));
    assertTrue(Blog.TIMESTAMP.matcher(a.get("createdAt").asText()).matches(), a.toString());
    assertTrue(Blog.TIMESTAMP.matcher(a.get("updatedAt").asText()).matches(), a.toString());
    assertTrue(a.get("favorited").isBoolean() && !a.get("favorited").booleanValue(), a.toString());
    assertTrue(a.get("favoritesCount").isInt(), a.toString());
    assertEquals(0, a.get("favoritesCount").asInt());
    var author = a.get("author");
    assertEquals(username, author.get("username").asText());
    assertTrue(author.has("bio") && author.has("image"), author.toString());
    assertTrue(author.get("following").isBoolean() && !author.get("following").booleanValue(), author.toString());
  }

  /**
   * The 201 answer is built from what was written, without reading the article back (NewArticles): it must be
   * exactly what reading it gives. Tags as typed (case, repeats, blanks) come back normalised and sorted by code
   * point: U+FF5A sorts before an emoji, which String.compareTo would put first (UTF-16 surrogates). The author's bio
   * and image come from the access check's row.
   */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void the_201_answer_is_exactly_what_a_GET_of_the_new_article_gives_its_author(boolean draft) {
    var author = server.register("echo");
    String authorToken = author.get("token").asText();
    var profile = server.http.put("/api/user", authorToken,
        Http.json(Map.of("user", Map.of("bio", "Writes about code points", "image", "https://example.com/echo.png"))));
    assertEquals(200, profile.status(), profile.body());
    var body = new java.util.HashMap<String, Object>(Map.of("title", "  Echo: Ünïcode & tags  ", "description",
        "What was sent", "body", "Body\nwith a line", "tagList", List.of("Zeta", "\uD83D\uDE00", "\uFF5A", "alpha", "zeta", " ")));
    if (draft) body.put("draft", true);
    var created = server.http.post("/api/articles", authorToken, Http.json(Map.of("article", body)));
    assertEquals(201, created.status(), created.body());
    var answered = created.json().get("article");
    var read = server.http.get("/api/articles/" + answered.get("slug").asText(), authorToken);
    assertEquals(200, read.status(), read.body());
    assertEquals(read.json().get("article"), answered, "POST answer vs GET");
    assertEquals(List.of("alpha", "zeta", "\uFF5A", "\uD83D\uDE00"), Blog.each(answered.get("tagList"), null));
    assertEquals("Echo: Ünïcode & tags", answered.get("title").asText());
    assertEquals("Writes about code points", answered.at("/author/bio").asText());
    assertEquals(draft, answered.path("draft").asBoolean(false));
  }

  @Test
  void POST_article_without_tagList_gives_an_empty_tagList() {
    var reply = post(Http.json(Map.of("article", Map.of("title", "No tags", "description", "d", "body", "b"))));
    assertEquals(201, reply.status(), reply.body());
    assertEquals(0, reply.json().at("/article/tagList").size());
    assertTrue(reply.json().at("/article/tagList").isArray());
  }

  @Test
  void POST_article_trims_lower_cases_and_deduplicates_tags() {
    var reply = post(Blog.articleJson("Tags", "d", "b", List.of(" Java ", "java", "JAVA", "  ", "Web")));
    assertEquals(201, reply.status(), reply.body());
    assertEquals(List.of("java", "web"), Blog.each(reply.json().at("/article/tagList"), null));
  }

  @Test
  void POST_article_without_title_description_and_body_gives_422_naming_each() {
    var reply = post(Http.json(Map.of("article", Map.of())));
    for (String field : List.of("title", "description", "body")) ErrorReplies.assertError(reply, 422, field);
  }

  @Test
  void POST_article_with_blank_title_description_and_body_gives_422_naming_each() {
    var reply = post(Blog.articleJson(" ", "", "\n", List.of()));
    for (String field : List.of("title", "description", "body")) ErrorReplies.assertError(reply, 422, field);
  }

  @Test
  void POST_article_with_a_201_character_title_gives_422_but_200_is_fine() {
    String title200 = String.join("", Collections.nCopies(200, "t"));
    assertEquals(201, post(Blog.articleJson(title200, "d", "b", List.of())).status());
    ErrorReplies.assertError(post(Blog.articleJson(title200 + "t", "d", "b", List.of())), 422, "title");
  }

  @Test
  void POST_article_with_21_tags_or_a_41_character_tag_gives_422() {
    var many = new java.util.ArrayList<String>();
    for (int i = 0; i < 21; i++) many.add("tag" + i);
    ErrorReplies.assertError(post(Blog.articleJson("Many tags", "d", "b", many)), 422, "tagList");
    ErrorReplies.assertError(post(Blog.articleJson("Long tag", "d", "b", List.of("x".repeat(41)))), 422, "tagList");
  }

  /** A client bug (tagList as a string, numbers or objects) must be answered as one, not crash into a 500. */
  @ParameterizedTest
  @ValueSource(strings = {"\"x\"", "[1]", "[{\"name\":\"x\"}]", "{}", "7"})
  void POST_article_with_a_tagList_of_the_wrong_type_gives_a_4xx_in_the_error_shape(String tagList) {
    var reply = post("{\"article\":{\"title\":\"Wrong tags\",\"description\":\"d\",\"body\":\"b\",\"tagList\":" + tagList + "}}");
    assertTrue(reply.status() >= 400 && reply.status() < 500, reply.status() + " " + reply.body());
    ErrorReplies.assertErrorShape(reply);
  }

  @Test
  void POST_article_with_a_title_that_is_not_a_string_gives_a_4xx() {
    var reply = post("{\"article\":{\"title\":42,\"description\":\"d\",\"body\":\"b\"}}");
    assertTrue(reply.status() >= 400 && reply.status() < 500, reply.status() + " " + reply.body());
  }

  @Test
  void POST_article_without_token_gives_401() {
    var reply = server.http.post("/api/articles", null, Blog.articleJson("Anon", "d", "b", List.of()));
    assertEquals(401, reply.status(), reply.body());
    ErrorReplies.assertErrorShape(reply);
  }
}
