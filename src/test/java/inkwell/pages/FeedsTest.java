package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Blog;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Atom feeds, the sitemap and robots.txt, read as a feed reader and a search engine read them. */
class FeedsTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String TRICKY_TITLE = "<b>&\" 'quoted' \u0001bell";

  private static JsonNode writer;
  private static String tag;
  private static String trickySlug;
  private static String plainSlug;
  private static String draftSlug;

  @BeforeAll
  static void twoArticles() {
    writer = server.register("feeder");
    tag = Blog.uniqueTag("feeds");
    String body = "Hello **world** <script>alert(1)</script> <img src=x onerror=alert(2)> [click](javascript:alert(3))";
    var reply = server.http.post("/api/articles", TestUsers.token(writer),
        Blog.articleJson(TRICKY_TITLE, "A <summary> & more", body, List.of(tag)));
    assertEquals(201, reply.status(), reply.body());
    trickySlug = reply.json().get("article").get("slug").asText();
    plainSlug = Blog.postArticle(server, TestUsers.token(writer), "Plain and untagged").get("slug").asText();
    var draft = server.http.post("/api/articles", TestUsers.token(writer), inkwell.Http.json(Map.of("article",
        Map.of("title", "Secret draft", "description", "d", "body", "b", "tagList", List.of(tag), "draft", true))));
    assertEquals(201, draft.status(), draft.body());
    draftSlug = draft.json().get("article").get("slug").asText();
  }

  private static Document parse(String xml) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static Document feed(String path) throws Exception {
    var reply = new PageClient(server).get(path, Map.of("Accept", "application/atom+xml"));
    assertEquals(200, reply.status(), path + ": " + reply.body());
    assertEquals("application/atom+xml; charset=utf-8", reply.header("Content-Type"), path);
    var doc = parse(reply.body());
    assertEquals(ATOM, doc.getDocumentElement().getNamespaceURI());
    assertEquals("feed", doc.getDocumentElement().getLocalName());
    for (String required : new String[] {"id", "title", "updated", "author"}) {
      assertNotNull(child(doc.getDocumentElement(), required), path + " has a feed " + required);
    }
    return doc;
  }

  private static Element child(Element parent, String name) {
    for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) return e;
    }
    return null;
  }

  private static List<Element> entries(Document doc) {
    var list = new ArrayList<Element>();
    var nodes = doc.getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < nodes.getLength(); i++) list.add((Element) nodes.item(i));
    return list;
  }

  private static Element entryFor(Document doc, String slug) {
    return entries(doc).stream().filter(e -> child(e, "id").getTextContent().endsWith("/articles/" + slug)).findFirst()
        .orElseThrow(() -> new AssertionError("no entry for " + slug));
  }

  @Test
  void the_blog_feed_is_atom_with_escaped_titles_and_sanitised_html_content() throws Exception {
    var doc = feed("/feed.xml");
    var entry = entryFor(doc, trickySlug);
    assertEquals("<b>&\" 'quoted' bell", child(entry, "title").getTextContent(), "escaped, and the control character left out");
    assertEquals("A <summary> & more", child(entry, "summary").getTextContent());
    for (String required : new String[] {"link", "published", "updated", "author"}) assertNotNull(child(entry, required), required);
    assertEquals(TestUsers.username(writer), child(child(entry, "author"), "name").getTextContent());
    assertTrue(child(entry, "link").getAttribute("href").matches("http://[^/]+/articles/" + trickySlug), "absolute link");

    var content = child(entry, "content");
    assertEquals("html", content.getAttribute("type"));
    String html = content.getTextContent();
    assertTrue(html.contains("<strong>world</strong>"), html);
    assertFalse(html.toLowerCase().contains("<script"), "no script element: " + html);
    assertFalse(html.contains("onerror"), html);
    assertFalse(html.contains("javascript:"), html);
    assertEquals(0, content.getElementsByTagName("script").getLength(), "the HTML is text, not markup of the feed");
    entryFor(doc, plainSlug);
    assertFalse(entries(doc).stream().anyMatch(e -> child(e, "id").getTextContent().endsWith("/articles/" + draftSlug)), "no draft");
  }

  @Test
  void a_tag_feed_holds_only_the_tags_articles_and_a_writers_feed_only_theirs() throws Exception {
    var tagged = feed("/tags/" + tag + "/feed.xml");
    assertEquals(1, entries(tagged).size());
    entryFor(tagged, trickySlug);

    var one = server.register("someone");
    var other = server.register("another");
    String first = Blog.articleBy(server, one, "First of one");
    String second = Blog.articleBy(server, one, "Second of one");
    String theirs = Blog.articleBy(server, other, "Someone else's");
    var ones = feed("/@" + TestUsers.username(one) + "/feed.xml");
    assertEquals(2, entries(ones).size());
    assertTrue(child(entries(ones).get(0), "id").getTextContent().endsWith("/articles/" + second), "newest first");
    assertTrue(child(entries(ones).get(1), "id").getTextContent().endsWith("/articles/" + first));
    assertEquals(TestUsers.username(one), child(child(ones.getDocumentElement(), "author"), "name").getTextContent());
    assertFalse(entries(ones).stream().anyMatch(e -> child(e, "id").getTextContent().endsWith(theirs)));
    assertEquals(1, entries(feed("/@" + TestUsers.username(other) + "/feed.xml")).size());

    assertEquals(404, new PageClient(server).get("/@nobody-at-all-here/feed.xml").status());
    assertEquals(404, new PageClient(server).get("/tags/" + Blog.uniqueTag("unused") + "/feed.xml").status());
  }

  @Test
  void a_feed_answers_304_while_nothing_changed_and_200_after_a_change() {
    var reader = new PageClient(server);
    var first = reader.get("/feed.xml");
    String etag = first.header("ETag");
    assertNotNull(etag);
    var again = reader.get("/feed.xml", Map.of("If-None-Match", etag));
    assertEquals(304, again.status());
    assertEquals("", again.body());

    Blog.postArticle(server, TestUsers.token(writer), "Something new");
    var changed = reader.get("/feed.xml", Map.of("If-None-Match", etag));
    assertEquals(200, changed.status());
    assertTrue(changed.body().contains("Something new"));
  }

  @Test
  void every_page_links_the_blog_feed() {
    String home = new PageClient(server).get("/").body();
    assertTrue(home.matches("(?s).*<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"Inkwell\" href=\"http://[^\"]+/feed.xml\">.*"));
  }

  @Test
  void the_sitemap_lists_home_articles_tags_and_writers_as_absolute_urls() throws Exception {
    var reply = new PageClient(server).get("/sitemap.xml");
    assertEquals(200, reply.status());
    assertTrue(reply.header("Content-Type").startsWith("application/xml"));
    var doc = parse(reply.body());
    var locs = new ArrayList<String>();
    var nodes = doc.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    for (int i = 0; i < nodes.getLength(); i++) locs.add(nodes.item(i).getTextContent());
    String base = locs.get(0).replaceAll("/$", "");
    assertTrue(base.matches("http://[^/]+"), base);
    assertTrue(locs.contains(base + "/articles/" + trickySlug), locs.toString());
    assertTrue(locs.contains(base + "/articles/" + plainSlug));
    assertTrue(locs.contains(base + "/tags/" + tag));
    assertTrue(locs.contains(base + "/@" + TestUsers.username(writer)));
    assertTrue(reply.body().contains("<lastmod>"), "articles carry their last change");
    assertFalse(locs.contains(base + "/articles/" + draftSlug), "no draft");
  }

  @Test
  void robots_txt_allows_reading_names_the_sitemap_and_keeps_out_of_private_pages() {
    var reply = new PageClient(server).get("/robots.txt");
    assertEquals(200, reply.status());
    assertTrue(reply.header("Content-Type").startsWith("text/plain"));
    assertTrue(reply.body().matches("(?s).*\nSitemap: http://[^/]+/sitemap.xml\n.*"), reply.body());
    for (String path : new String[] {"/settings", "/editor", "/tokens", "/drafts", "/api/"}) {
      assertTrue(reply.body().contains("Disallow: " + path + "\n"), path);
    }
  }
}
