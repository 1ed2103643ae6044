package inkwell.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /api/tags: the tags in use, most used first, as names or (withCounts=true) as {name, count}. */
class TagsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  static String token;

  @BeforeAll
  static void setUp() {
    token = server.register("tagger").get("token").asText();
  }

  private static JsonNode tags(String query) {
    var reply = server.http.get("/api/tags" + query, null);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("tags");
  }

  @Test
  void GET_tags_is_a_plain_list_of_strings() {
    String tag = Blog.uniqueTag("plain");
    Blog.postArticle(server, token, "Plain", tag);
    var tags = tags("");
    assertTrue(tags.isArray(), tags.toString());
    tags.forEach(t -> assertTrue(t.isTextual(), tags.toString()));
    assertTrue(Blog.each(tags, null).contains(tag), tags.toString());
  }

  @Test
  void GET_tags_withCounts_orders_by_count_descending_then_name() {
    // names chosen so that alphabetical order is the reverse of count order
    String often = "c-" + Blog.uniqueTag("often");
    String sometimes = "b-" + Blog.uniqueTag("sometimes");
    String once = "a-" + Blog.uniqueTag("once");
    Blog.postArticle(server, token, "Counted 1", often, sometimes, once);
    Blog.postArticle(server, token, "Counted 2", often, sometimes);
    Blog.postArticle(server, token, "Counted 3", often);

    var counted = tags("?withCounts=true");
    var names = Blog.each(counted, "name");
    assertTrue(names.containsAll(List.of(often, sometimes, once)), counted.toString());
    assertTrue(names.indexOf(often) < names.indexOf(sometimes), counted.toString());
    assertTrue(names.indexOf(sometimes) < names.indexOf(once), counted.toString());
    for (int i = 0; i < counted.size(); i++) {
      var tag = counted.get(i);
      if (tag.get("name").asText().equals(often)) assertEquals(3, tag.get("count").asInt());
      if (tag.get("name").asText().equals(once)) assertEquals(1, tag.get("count").asInt());
      if (i == 0) continue;
      var before = counted.get(i - 1);
      assertTrue(before.get("count").asInt() >= tag.get("count").asInt(), "out of order at " + i + ": " + counted);
    }
    // the plain list is the same names in the same order
    assertEquals(names, Blog.each(tags(""), null));
  }

  /** Ties are broken by name; the names differ in their first letter so no database collation can disagree. */
  @Test
  void GET_tags_with_equal_counts_orders_them_by_name() {
    String id = Blog.uniqueTag("");
    Blog.postArticle(server, token, "Tie", "ytie" + id, "xtie" + id);
    var names = Blog.each(tags(""), null);
    assertTrue(names.containsAll(List.of("xtie" + id, "ytie" + id)), names.toString());
    assertTrue(names.indexOf("xtie" + id) < names.indexOf("ytie" + id), names.toString());
  }

  @Test
  void a_tag_no_article_uses_any_more_drops_out_of_the_list() {
    String dropped = Blog.uniqueTag("dropped");
    String slug = Blog.postArticle(server, token, "Retagged", dropped).get("slug").asText();
    assertTrue(Blog.each(tags(""), null).contains(dropped));
    var reply = server.http.put("/api/articles/" + slug, token,
        Http.json(Map.of("article", Map.of("tagList", List.of("kept-" + dropped)))));
    assertEquals(200, reply.status(), reply.body());
    var names = Blog.each(tags(""), null);
    assertFalse(names.contains(dropped), names.toString());
    assertTrue(names.contains("kept-" + dropped), names.toString());
  }

  @Test
  void GET_tags_needs_no_token() {
    assertEquals(200, server.http.get("/api/tags", null).status());
  }
}
