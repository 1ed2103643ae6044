package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** /openapi.json is served, and every operation it documents is a real route (none answers "no such route"). */
class ApiDocsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void openapi_json_is_served_publicly_and_names_inkwell() {
    var reply = server.http.get("/openapi.json", null);
    assertEquals(200, reply.status());
    assertEquals("Inkwell API", reply.json().at("/info/title").asText());
  }

  @Test
  void every_documented_operation_is_routed() {
    var spec = server.http.get("/openapi.json", null).json();
    String base = spec.at("/servers/0/url").asText();
    List<String> missing = new ArrayList<>();
    int operations = 0;
    for (var path : (Iterable<java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>>) spec.get("paths")::fields) {
      String concrete = base + path.getKey().replace("{slug}", "no-such-slug").replace("{username}", "nobody").replace("{id}", "1");
      for (var method : (Iterable<String>) path.getValue()::fieldNames) {
        operations++;
        var reply = server.http.send(method.toUpperCase(), concrete, null, null, null);
        if (reply.body().contains("no such route")) missing.add(method + " " + path.getKey());
      }
    }
    assertTrue(operations >= 20, "expected the whole RealWorld API, found " + operations + " operations");
    assertEquals(List.of(), missing);
  }
}
