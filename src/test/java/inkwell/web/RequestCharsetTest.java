package inkwell.web;

import static inkwell.ErrorReplies.assertError;
import static inkwell.web.SweepCase.bytes;
import static inkwell.web.SweepCase.concat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import java.nio.charset.Charset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Request bodies are UTF-8, as RFC 8259 §8.1 requires of JSON: a body declared in another charset is 415 (we do not
 * guess), bytes that are not UTF-8 are 400, and a string that is not Unicode text (a lone surrogate escape) is 422.
 */
class RequestCharsetTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static String token;
  static String slug;

  @BeforeAll
  static void aUserWithAnArticle() {
    token = server.register("utf").get("token").asText();
    var article = server.http.post("/api/articles", token, Http.json(Map.of("article",
        Map.of("title", "Charsets", "description", "d", "body", "b"))));
    slug = article.json().at("/article/slug").asText();
  }

  static Http.Reply sendBytes(String method, String path, String contentType, byte[] body) {
    var headers = List.of("Content-Type: " + contentType, "Content-Length: " + body.length);
    return RawExchange.send(server.server.port(), SweepCase.request(method, path, token, headers, body), false).asReply();
  }

  @ParameterizedTest
  @ValueSource(strings = {"nope", "n@pe", "latin1", "iso-8859-1", "utf-16", "us-ascii", ""})
  void a_charset_other_than_utf8_gives_415(String charset) {
    var reply = server.http.send("POST", "/api/users", "{\"user\":{}}", "application/json; charset=" + charset, null);
    var messages = assertError(reply, 415, "body");
    assertTrue(messages.get(0).contains("UTF-8"), messages.toString());
  }

  @Test
  void a_form_in_an_unknown_charset_gives_415() {
    var reply = server.http.send("POST", "/api/users/login", "email=a&password=b", "application/x-www-form-urlencoded; charset=nope", null);
    assertError(reply, 415, "body");
  }

  @ParameterizedTest
  @ValueSource(strings = {"utf-8", "UTF-8", "\"utf-8\"", "utf8"})
  void utf8_in_any_spelling_is_read(String charset) {
    assertError(server.http.send("POST", "/api/users", "{\"user\":{}}", "application/json; charset=" + charset, null), 422, "username");
  }

  @Test
  void utf16_bytes_declared_as_utf16_give_415_and_undeclared_give_400() {
    byte[] body = "{\"comment\":{\"body\":\"utf-16\"}}".getBytes(Charset.forName("UTF-16"));
    assertError(sendBytes("POST", "/api/articles/" + slug + "/comments", "application/json; charset=utf-16", body), 415, "body");
    assertError(sendBytes("POST", "/api/articles/" + slug + "/comments", "application/json", body), 400, "body");
    assertEquals(0, comments(), "nothing stored");
  }

  /** Jackson alone let the overlong and out-of-range forms through: C0 80 became a NUL, F4 90 80 80 two lone surrogates. */
  @ParameterizedTest
  @ValueSource(strings = {"ff", "80", "c080", "e0808f", "eda080", "f4908080", "e282"})
  void bytes_that_are_not_utf8_give_400_and_store_nothing(String hex) {
    byte[] body = concat("{\"comment\":{\"body\":\"a".getBytes(UTF_8), HexFormat.of().parseHex(hex), "b\"}}".getBytes(UTF_8));
    var messages = assertError(sendBytes("POST", "/api/articles/" + slug + "/comments", "application/json", body), 400, "body");
    assertTrue(messages.get(0).contains("UTF-8"), messages.toString());
    assertEquals(0, comments(), "nothing stored");
  }

  @Test
  void a_byte_order_mark_is_ignored() {
    byte[] body = concat(bytes(0xEF, 0xBB, 0xBF), "{\"user\":{}}".getBytes(UTF_8));
    assertError(sendBytes("POST", "/api/users", "application/json", body), 422, "username");
  }

  @Test
  void a_lone_surrogate_escape_gives_422_naming_the_field_and_changes_nothing() {
    var messages = assertError(server.http.put("/api/user", token, "{\"user\":{\"bio\":\"a\\uD800b\"}}"), 422, "bio");   // named as Validation names fields (RequestStrings)
    assertTrue(messages.get(0).contains("Unicode"), messages.toString());
    assertEquals("", server.http.get("/api/user", token).json().at("/user/bio").asText());
    var tags = server.http.put("/api/articles/" + slug, token, "{\"article\":{\"tagList\":[\"ok\",\"\\uDC00\"]}}");
    assertEquals(422, tags.status(), tags.body());
    assertEquals("[]", server.http.get("/api/articles/" + slug, token).json().at("/article/tagList").toString());
  }

  @Test
  void a_surrogate_pair_escape_is_text() {
    String other = server.register("pair").get("token").asText();
    var reply = server.http.put("/api/user", other, "{\"user\":{\"bio\":\"\\uD83D\\uDE00 \\u00e9\"}}");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("\uD83D\uDE00 \u00e9", reply.json().at("/user/bio").asText());
  }

  static int comments() {
    return server.http.get("/api/articles/" + slug + "/comments", null).json().get("comments").size();
  }
}
