package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import inkwell.Http;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker itself, without a server: it finds the operation a request reaches, and it does fail on wrong replies. */
class OpenApiDocumentTest {
  static final OpenApiDocument doc = OpenApiDocument.served();
  static final String PROFILE = "{\"username\":\"ana\",\"bio\":\"\",\"image\":\"\",\"following\":false}";
  static final String ARTICLE = "{\"slug\":\"a\",\"title\":\"A\",\"description\":\"d\",\"body\":\"b\",\"tagList\":[],"
      + "\"createdAt\":\"2026-11-22T05:34:32.120Z\",\"updatedAt\":\"2026-11-22T05:34:32.120Z\",\"favorited\":false,"
      + "\"favoritesCount\":0,\"author\":" + PROFILE + "}";

  static Http.Reply reply(int status, String body, Map<String, List<String>> headers) {
    return new Http.Reply(status, HttpHeaders.of(headers, (a, b) -> true), body);
  }

  static Http.Reply json(int status, String body) {
    return reply(status, body, Map.of("Content-Type", List.of("application/json")));
  }

  static String problems(String method, String path, Http.Reply reply) {
    return String.join("\n", doc.problems(method, path, reply));
  }

  @Test
  void requests_reach_the_operation_javalin_would_route_them_to() {
    assertEquals("GET /api/articles/feed", doc.find("GET", "/api/articles/feed?limit=5").orElseThrow().id());
    assertEquals("GET /api/articles/{slug}", doc.find("GET", "/api/articles/hello-world/").orElseThrow().id());
    assertEquals("DELETE /api/articles/{slug}", doc.find("DELETE", "/api/articles/feed").orElseThrow().id());
    assertEquals("DELETE /api/articles/{slug}/comments/{id}", doc.find("DELETE", "/api/articles/a/comments/7").orElseThrow().id());
    assertTrue(doc.find("PATCH", "/api/user").isEmpty(), "no such operation");
    assertTrue(doc.find("GET", "/api/articles/a/comments/7").isEmpty(), "no such operation");
    assertTrue(doc.find("GET", "/api/user/../users").isEmpty(), "dot segments are never routed");
  }

  @Test
  void a_correct_reply_has_no_problems() {
    assertEquals("", problems("GET", "/api/articles/a", json(200, "{\"article\":" + ARTICLE + "}")));
  }

  @Test
  void a_missing_field_a_wrong_type_and_an_undocumented_field_are_each_reported() {
    var wrong = ARTICLE.replace("\"title\":\"A\",", "").replace("\"favoritesCount\":0", "\"favoritesCount\":\"0\"")
        .replace("\"slug\":\"a\"", "\"slug\":\"a\",\"secret\":1");
    String found = problems("GET", "/api/articles/a", json(200, "{\"article\":" + wrong + "}"));
    assertTrue(found.contains("$.article: required property 'title' not found"), found);
    assertTrue(found.contains("$.article.favoritesCount: string found, integer expected"), found);
    assertTrue(found.contains("$.article: property 'secret' is not defined in the schema"), found);
  }

  @Test
  void a_list_item_with_a_body_is_reported_as_the_list_shape_has_none() {
    String found = problems("GET", "/api/articles", json(200, "{\"articles\":[" + ARTICLE + "],\"articlesCount\":1}"));
    assertEquals("$.articles[0]: property 'body' is not defined in the schema and the schema does not allow additional properties", found);
  }

  @Test
  void a_bad_timestamp_a_null_a_value_outside_an_enum_and_a_negative_count_are_reported() {
    String article = ARTICLE.replace("2026-11-22T05:34:32.120Z\",\"favorited", "yesterday\",\"favorited").replace("\"bio\":\"\"", "\"bio\":null");
    String found = problems("GET", "/api/articles/a", json(200, "{\"article\":" + article + "}"));
    assertTrue(found.contains("$.article.updatedAt: does not match the date-time pattern"), found);
    assertTrue(found.contains("$.article.author.bio: null found, string expected"), found);
    assertEquals("$.status: does not have a value in the enumeration [\"up\"]", problems("GET", "/health", json(200, "{\"status\":\"down\"}")));
    assertEquals("$.articlesCount: must have a minimum value of 0", problems("GET", "/api/articles", json(200, "{\"articles\":[],\"articlesCount\":-1}")));
  }

  @Test
  void an_error_body_must_have_the_shared_error_shape() {
    assertEquals("", problems("GET", "/api/articles/x", json(404, "{\"errors\":{\"article\":[\"not found: x\"]}}")));
    String found = problems("GET", "/api/articles/x", json(404, "{\"errors\":{\"article\":\"not found\"}}"));
    assertEquals("$.errors.article: string found, array expected", found);
    assertTrue(problems("GET", "/api/articles/x", json(404, "{\"message\":\"not found\"}")).contains("required property 'errors' not found"));
  }

  @Test
  void an_undocumented_status_is_reported() {
    String found = problems("GET", "/api/tags", json(404, "{\"errors\":{\"x\":[\"y\"]}}"));
    assertTrue(found.startsWith("status 404 is not documented for GET /api/tags"), found);
  }

  @Test
  void a_401_without_its_challenge_header_is_reported() {
    String body = "{\"errors\":{\"token\":[\"is missing\"]}}";
    assertEquals("header WWW-Authenticate is missing", problems("GET", "/api/user", json(401, body)));
    var withChallenge = reply(401, body, Map.of("Content-Type", List.of("application/json"), "WWW-Authenticate", List.of("Bearer realm=\"inkwell\"")));
    assertEquals("", problems("GET", "/api/user", withChallenge));
  }

  @Test
  void a_wrong_content_type_and_a_body_on_204_are_reported() {
    var html = reply(200, "<p>hi</p>", Map.of("Content-Type", List.of("text/html")));
    assertTrue(problems("GET", "/api/tags", html).startsWith("Content-Type 'text/html' is not documented"));
    assertTrue(problems("DELETE", "/api/articles/a", json(204, "{}")).startsWith("the document describes no body"));
  }

  @Test
  void tags_may_be_names_or_names_with_counts_but_not_a_mix_of_wrong_things() {
    assertEquals("", problems("GET", "/api/tags", json(200, "{\"tags\":[\"a\",\"b\"]}")));
    assertEquals("", problems("GET", "/api/tags", json(200, "{\"tags\":[{\"name\":\"a\",\"count\":2}]}")));
    String found = problems("GET", "/api/tags", json(200, "{\"tags\":[{\"name\":\"a\"}]}"));
    // neither a name (first branch of anyOf) nor a name with a count (second)
    assertEquals("$.tags[0]: object found, string expected\n$.tags[0]: required property 'count' not found", found);
  }

  @Test
  void a_schema_keyword_outside_openapi_3_0_is_refused_not_ignored() throws Exception {
    // "requried" is a typo and "const" is JSON Schema draft 6: a validator that ignored them would check nothing.
    var typo = new OpenApiDocument(new ObjectMapper().readTree("{\"openapi\":\"3.0.3\",\"components\":{\"schemas\":{"
        + "\"Good\":{\"type\":\"string\",\"pattern\":\"^a\",\"x-note\":\"extensions are fine\"},"
        + "\"Typo\":{\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\",\"requried\":true}}},"
        + "\"Draft6\":{\"const\":1}}}}"));
    var refused = typo.schemas().refused();
    assertEquals(2, refused.size(), refused.toString());
    assertTrue(refused.get(0).startsWith("#/components/schemas/Typo: schema keyword 'requried'"), refused.toString());
    assertTrue(refused.get(1).startsWith("#/components/schemas/Draft6: schema keyword 'const'"), refused.toString());
    assertEquals(List.of("$: does not match the regex pattern ^a"), typo.schemas().problems("/components/schemas/Good", TextNode.valueOf("b")));
  }

  @Test
  void the_http_client_hook_fails_a_test_on_a_reply_the_document_does_not_describe() {
    var error = assertThrows(AssertionError.class, () -> doc.assertConforms("GET", "/health", json(200, "{\"status\":\"up\",\"extra\":1}")));
    assertTrue(error.getMessage().contains("$: property 'extra' is not defined in the schema"), error.getMessage());
  }
}
