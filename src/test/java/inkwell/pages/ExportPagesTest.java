package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.Http;
import inkwell.TestServer;
import inkwell.http.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExportPagesTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();

  private static String post(PageClient author, String title, String body, List<String> tags, boolean draft) {
    var reply = server.http.post("/api/articles", author.cookie("inkwell_access"), Http.json(Map.of("article",
        Map.of("title", title, "description", "About " + title, "body", body, "tagList", tags, "draft", draft))));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().get("article").get("slug").asText();
  }

  private static HttpResponse<byte[]> download(PageClient browser) throws IOException, InterruptedException {
    var client = HttpClient.newBuilder().cookieHandler(browser.cookies).build();
    return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/settings/export"))
        .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    var files = new LinkedHashMap<String, String>();
    try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  @Test
  void the_zip_holds_each_article_as_markdown_with_front_matter_drafts_included_and_articles_json() throws Exception {
    var author = PageClient.loggedInAs(server, "exporter");
    String published = post(author, "Published \"quoted\" piece", "# Hello\n\nWorld.", List.of("zeta", "alpha"), false);
    String draft = post(author, "Secret draft", "Not yet.", List.of(), true);
    post(PageClient.loggedInAs(server, "someoneelse"), "Not mine", "Other body.", List.of(), false);

    var reply = download(author);
    assertEquals(200, reply.statusCode());
    assertEquals("application/zip", reply.headers().firstValue("Content-Type").orElse(""));
    assertEquals("no-store", reply.headers().firstValue("Cache-Control").orElse(""));
    assertTrue(reply.headers().firstValue("Content-Disposition").orElse("")
        .startsWith("attachment; filename=\"inkwell-export-" + author.username + ".zip\""));

    var files = unzip(reply.body());
    assertEquals(List.of(draft + ".md", published + ".md", "articles.json").stream().sorted().toList(),
        files.keySet().stream().sorted().toList());
    String md = files.get(published + ".md");
    assertTrue(md.startsWith("---\ntitle: \"Published \\\"quoted\\\" piece\"\n"), md);
    assertTrue(md.contains("\nslug: \"" + published + "\"\n"), md);
    assertTrue(md.contains("\ntags: [\"alpha\",\"zeta\"]\n"), md);
    assertTrue(md.contains("\ndraft: false\nfavorites: 0\n---\n\n# Hello\n\nWorld.\n"), md);
    assertTrue(md.matches("(?s).*\ncreated: \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\n.*"), md);
    assertTrue(files.get(draft + ".md").contains("\ndraft: true\n"));

    JsonNode json = Json.MAPPER.readTree(files.get("articles.json"));
    assertEquals(author.username, json.get("username").asText());
    assertEquals(2, json.get("articles").size());
    for (JsonNode a : json.get("articles")) {
      assertFalse(a.get("body").asText().isEmpty());
      assertEquals(a.get("slug").asText().equals(draft), a.get("draft").asBoolean());
    }
    assertFalse(files.values().stream().anyMatch(text -> text.contains("Other body.")), "only my articles");
  }

  @Test
  void an_anonymous_reader_is_sent_to_log_in() {
    var reply = new PageClient(server).get("/settings/export");
    assertEquals(303, reply.status());
  }
}
