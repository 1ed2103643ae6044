package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/** The few steps every blog test repeats: post an article, comment, follow, favorite, read a list. (Accounts: TestUsers.) */
public final class Blog {
  /** RealWorld's timestamp: UTC with exactly three fraction digits, "2026-11-22T05:34:32.120Z". */
  public static final Pattern TIMESTAMP = Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$");

  private Blog() {}

  /** A tag no other test uses, so counts and filters see only this test's articles. */
  public static String uniqueTag(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  public static String articleJson(String title, String description, String body, List<String> tags) {
    return Http.json(Map.of("article", Map.of("title", title, "description", description, "body", body, "tagList", tags)));
  }

  /** POST /api/articles, asserting 201; returns the "article" object. */
  public static JsonNode postArticle(TestServer server, String token, String title, String... tags) {
    var reply = server.http.post("/api/articles", token,
        articleJson(title, "About " + title, "The body of " + title, List.of(tags)));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("article");
  }

  /** Posts an article by the registered user {@code author} (a register() result); returns its slug. */
  public static String articleBy(TestServer server, JsonNode author, String title) {
    return postArticle(server, author.get("token").asText(), title).get("slug").asText();
  }

  /** GET /api/articles/{slug}/comments as {@code token} (null: anonymously). */
  public static Http.Reply comments(TestServer server, String slug, String token) {
    return server.http.get("/api/articles/" + slug + "/comments", token);
  }

  /** The ids of a comment list, in order, asserting the list came back 200. */
  public static List<String> commentIds(Http.Reply reply) {
    assertEquals(200, reply.status(), reply.body());
    return each(reply.json().get("comments"), "id");
  }

  /** POST /api/articles/{slug}/comments, asserting 200 (the RealWorld spec's status); returns the "comment". */
  public static JsonNode postComment(TestServer server, String token, String slug, String body) {
    var reply = server.http.post("/api/articles/" + slug + "/comments", token,
        Http.json(Map.of("comment", Map.of("body", body))));
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("comment");
  }

  public static void follow(TestServer server, String token, String username) {
    var reply = server.http.post("/api/profiles/" + username + "/follow", token, null);
    assertEquals(200, reply.status(), reply.body());
  }

  public static void favorite(TestServer server, String token, String slug) {
    var reply = server.http.post("/api/articles/" + slug + "/favorite", token, null);
    assertEquals(200, reply.status(), reply.body());
  }

  /** The given field of every element of a JSON array, as text: slugs of a list of articles, tag names, ... */
  public static List<String> each(JsonNode array, String field) {
    var values = new ArrayList<String>();
    array.forEach(item -> values.add(field == null ? item.asText() : item.get(field).asText()));
    return values;
  }

  public static List<String> slugs(Http.Reply articleList) {
    assertEquals(200, articleList.status(), articleList.body());
    return each(articleList.json().get("articles"), "slug");
  }
}
