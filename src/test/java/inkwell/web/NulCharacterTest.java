package inkwell.web;

import static inkwell.ErrorReplies.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * U+0000 inside any JSON string is refused with 422 naming the field, on both databases, and nothing is stored
 * (PostgreSQL cannot store NUL in text and answered 500; SQLite stored it); so is one in a list filter (?tag=, ...). The bodies below spell it the way JSON
 * must, as an escape: backslash, u, 0000.
 */
class NulCharacterTest {
  static final String NUL = "\\u0000";   // the six characters of the JSON escape

  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static JsonNode writer;
  static String token;
  static String slug;

  @BeforeAll
  static void setUp() {
    writer = server.register("nul");
    token = writer.get("token").asText();
    slug = Blog.postArticle(server, token, "Clean article", "clean").get("slug").asText();
  }

  static void assertNulRefused(Http.Reply reply, String field) {
    var messages = assertError(reply, 422, field);
    assertTrue(messages.get(0).contains("NUL"), messages.toString());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'user':{'email':'a@example.com#','password':'correct horse'}}                     | email",
      "{'user':{'email':'a@example.com','password':'correct#horse'}}                      | password"})
  void login_with_a_nul_gives_422_not_401(String body, String field) {
    assertNulRefused(server.http.post("/api/users/login", null, json(body)), field);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'user':{'username':'nul#user','email':'nu1@example.com','password':'correct horse'}} | username | nu1",
      "{'user':{'username':'nu2','email':'nu2@exam#ple.com','password':'correct horse'}}    | email    | nu2",
      "{'user':{'username':'nu3','email':'nu3@example.com','password':'correct#horse'}}     | password | nu3"})
  void register_with_a_nul_gives_422_and_creates_no_account(String body, String field, String username) {
    assertNulRefused(server.http.post("/api/users", null, json(body)), field);
    assertEquals(404, server.http.get("/api/profiles/" + username, null).status(), "no account was made");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'article':{'title':'Nul#title','description':'d','body':'b'}}                   | title",
      "{'article':{'title':'Nul description','description':'d#','body':'b'}}            | description",
      "{'article':{'title':'Nul body','description':'d','body':'b#'}}                   | body",
      "{'article':{'title':'Nul tag','description':'d','body':'b','tagList':['ok','t#']}} | tagList"})
  void article_with_a_nul_gives_422_and_stores_nothing(String body, String field) {
    long before = articlesByWriter();
    assertNulRefused(server.http.post("/api/articles", token, json(body)), field);
    assertEquals(before, articlesByWriter(), "no article was made");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'article':{'title':'Edited#'}}            | title",
      "{'article':{'description':'#'}}            | description",
      "{'article':{'body':'new#body'}}            | body",
      "{'article':{'tagList':['#']}}              | tagList"})
  void article_update_with_a_nul_gives_422_and_changes_nothing(String body, String field) {
    var before = server.http.get("/api/articles/" + slug, null).json();
    assertNulRefused(server.http.put("/api/articles/" + slug, token, json(body)), field);
    assertEquals(before, server.http.get("/api/articles/" + slug, null).json());
  }

  @Test
  void comment_with_a_nul_gives_422_and_stores_nothing() {
    assertNulRefused(server.http.post("/api/articles/" + slug + "/comments", token, json("{'comment':{'body':'hi#there'}}")), "body");
    assertEquals(0, Blog.commentIds(Blog.comments(server, slug, null)).size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{'user':{'bio':'I write#'}}                                         | bio",
      "{'user':{'image':'https://example.com/#.png'}}                      | image",
      "{'user':{'username':'re#named'}}                                    | username",
      "{'user':{'email':'new#@example.com'}}                               | email",
      "{'user':{'password':'a new#passphrase','currentPassword':'whatever'}} | password",
      "{'user':{'password':'a new passphrase','currentPassword':'wh#atever'}} | currentPassword"})
  void user_update_with_a_nul_gives_422_and_changes_nothing(String body, String field) {
    var user = server.register("upd");
    String own = user.get("token").asText();
    assertNulRefused(server.http.put("/api/user", own, json(body)), field);
    var me = server.http.get("/api/user", own).json().get("user");
    assertEquals(user.get("username"), me.get("username"));
    assertEquals(user.get("email"), me.get("email"));
    assertEquals("", me.get("bio").asText());
    assertEquals("", me.get("image").asText());
  }

  @Test
  void refresh_token_in_the_body_with_a_nul_gives_422() {
    assertNulRefused(server.http.send("POST", "/api/users/refresh", json("{'refreshToken':'abc#def'}"),
        "application/json", null), "refreshToken");
  }

  @Test
  void a_form_login_with_a_nul_gives_422_too() {
    var reply = server.http.send("POST", "/api/users/login", "email=a%00b%40example.com&password=correct+horse",
        "application/x-www-form-urlencoded", null);
    assertNulRefused(reply, "email");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/api/articles?tag=a%00b           | tag",
      "/api/articles?tag=clean&tag=a%00b | tag",
      "/api/articles?author=a%00b        | author",
      "/api/articles?favorited=%00       | favorited"})
  void a_list_filter_with_a_nul_gives_422_not_a_500(String path, String field) {
    assertNulRefused(server.http.get(path, null), field);
    assertNulRefused(server.http.get(path, token), field);
  }

  @Test
  void the_text_backslash_u0000_is_not_a_nul_and_is_kept_as_written() {
    // an escaped backslash followed by u0000 is those six characters, not a NUL: a scan of the raw bytes would refuse it
    var article = Blog.postArticle(server, token, "Escapes in Java", "escapes");
    var reply = server.http.put("/api/articles/" + article.get("slug").asText(), token,
        "{\"article\":{\"body\":\"write \\\\u0000 for NUL\"}}");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("write \\u0000 for NUL", reply.json().at("/article/body").asText());
  }

  /** Test bodies are written with ' for " and # for the JSON escape of U+0000, to stay readable. */
  static String json(String readable) {
    return readable.replace('\'', '"').replace("#", NUL);
  }

  static long articlesByWriter() {
    var reply = server.http.get("/api/articles?author=" + writer.get("username").asText(), null);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("articlesCount").asLong();
  }
}
