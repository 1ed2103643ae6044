package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import inkwell.TestServer;
import inkwell.auth.Access;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * /openapi.json describes exactly the routes of web/App.java, each with its access level as a security requirement,
 * its success answer and its error answers. (That real answers match it is checked by every test, through Http.)
 */
class ApiDocsTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static final OpenApiDocument doc = OpenApiDocument.served();
  static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

  @Test
  void openapi_json_is_served_publicly_and_is_the_document_the_tests_check() {
    var reply = server.http.get("/openapi.json", null);
    assertEquals(200, reply.status());
    assertTrue(reply.header("Content-Type").startsWith("application/json"), reply.header("Content-Type"));
    assertEquals(doc.root(), reply.json());
    assertEquals("Inkwell API", reply.json().at("/info/title").asText());
    assertTrue(reply.json().get("openapi").asText().startsWith("3.0."), "OpenApiSchema checks OpenAPI 3.0 schemas");
    assertEquals(new ObjectMapper().createArrayNode().add(new ObjectMapper().createObjectNode().put("url", "/")),
        reply.json().get("servers"), "paths are written in full, from the server root");
  }

  @Test
  void docs_page_is_swagger_ui_reading_openapi_json() {
    var reply = server.http.get("/docs", null);
    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("SwaggerUIBundle") && reply.body().contains("/openapi.json"), reply.body());
  }

  @Test
  void every_route_is_documented_with_its_access_level() {
    List<String> problems = new ArrayList<>();
    for (var route : server.server.routes().all()) {
      var documented = doc.operations().stream()
          .filter(op -> op.method().equals(route.method()) && op.path().equals(route.path())).findFirst();
      if (documented.isEmpty()) problems.add(route.method() + " " + route.path() + " is routed but not documented");
      else if (!route.access().name().equals(documented.get().access())) {
        problems.add(route.method() + " " + route.path() + " is " + route.access() + " but documented as " + documented.get().access());
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void every_documented_operation_is_a_route() {
    Set<String> routed = server.server.routes().all().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
    var notRouted = doc.operations().stream().map(OpenApiDocument.Operation::id).filter(id -> !routed.contains(id)).toList();
    assertEquals(List.of(), notRouted);
    assertTrue(doc.operations().size() >= 20, "expected the whole RealWorld API, found " + doc.operations().size());
  }

  /**
   * What a client generator needs to send the right credentials; Token and Bearer carry the same access token,
   * Cookie is cookie mode's access cookie (with X-CSRF-Token on unsafe methods), RefreshCookie the refresh cookie.
   */
  static String expectedSecurity(Access access) {
    return switch (access) {
      case PUBLIC -> "[]";
      case OPTIONAL -> "[{},{\"Token\":[]},{\"Bearer\":[]},{\"Cookie\":[]}]";
      case USER, FRESH, ADMIN -> "[{\"Token\":[]},{\"Bearer\":[]},{\"Cookie\":[]}]";
      case REFRESH -> "[{\"Bearer\":[]},{\"RefreshCookie\":[]}]";
    };
  }

  @Test
  void security_requirement_of_each_operation_matches_its_access_level() throws Exception {
    var mapper = new ObjectMapper();
    List<String> problems = new ArrayList<>();
    for (var op : doc.operations()) {
      var expected = mapper.readTree(expectedSecurity(Access.valueOf(op.access())));
      if (!expected.equals(op.node().get("security"))) problems.add(op.id() + " (" + op.access() + "): security " + op.node().get("security") + ", expected " + expected);
    }
    assertEquals(List.of(), problems);
    assertFalse(doc.root().has("security"), "no global security: each operation says its own");
    var schemes = doc.root().at("/components/securitySchemes");
    assertEquals(new TreeSet<>(List.of("Bearer", "Cookie", "RefreshCookie", "Token")), names(schemes));
    assertEquals("cookie", schemes.at("/Cookie/in").asText());
    assertEquals("inkwell_access", schemes.at("/Cookie/name").asText());
    assertEquals("inkwell_refresh", schemes.at("/RefreshCookie/name").asText());
    assertEquals("apiKey", schemes.at("/Token/type").asText());
    assertEquals("header", schemes.at("/Token/in").asText());
    assertEquals("Authorization", schemes.at("/Token/name").asText());
    assertEquals("http", schemes.at("/Bearer/type").asText());
    assertEquals("bearer", schemes.at("/Bearer/scheme").asText());
  }

  @Test
  void every_operation_documents_its_success_and_the_errors_it_can_give() {
    var errorModel = doc.root().at("/components/schemas/GenericErrorModel");
    List<String> problems = new ArrayList<>();
    Set<String> operationIds = new HashSet<>();
    for (var op : doc.operations()) {
      var responses = op.node().path("responses");
      var statuses = names(responses);
      if (!operationIds.add(op.node().path("operationId").asText())) problems.add(op.id() + ": operationId missing or repeated");
      var successes = statuses.stream().filter(s -> s.startsWith("2")).toList();
      if (successes.size() != 1) problems.add(op.id() + ": expected one success status, found " + successes);
      for (String status : statuses) {
        var response = doc.schemas().resolve(responses.get(status));
        boolean hasSchema = response.path("content").properties().stream().anyMatch(c -> c.getValue().has("schema"));
        if (!status.equals("204") && !hasSchema) problems.add(op.id() + " " + status + ": no body schema");
        if (status.compareTo("400") >= 0 && !errorModel.equals(doc.schemas().resolve(response.at("/content/application~1json/schema")))) {
          problems.add(op.id() + " " + status + ": not the shared error shape");
        }
      }
      if (!op.access().equals("PUBLIC") && !doc.schemas().resolve(responses.path("401")).at("/headers/WWW-Authenticate").isObject()) {
        problems.add(op.id() + ": needs a token but documents no 401 with WWW-Authenticate");
      }
      if (op.node().has("requestBody") && !statuses.containsAll(List.of("400", "413", "415", "422"))) {
        problems.add(op.id() + ": reads a body but does not document 400, 413, 415 and 422");
      }
      if (op.path().startsWith("/api/") && op.path().contains("{") && !statuses.contains("404")) problems.add(op.id() + ": no 404");
      if (op.path().startsWith("/api/") && !statuses.contains("500")) problems.add(op.id() + ": no 500");
      problems.addAll(pathParameterProblems(op));
    }
    assertEquals(List.of(), problems);
  }

  private static List<String> pathParameterProblems(OpenApiDocument.Operation op) {
    Set<String> declared = new TreeSet<>();
    for (var p : op.node().path("parameters")) {
      var parameter = doc.schemas().resolve(p);
      if (parameter.path("in").asText().equals("path") && parameter.path("required").asBoolean()) declared.add(parameter.get("name").asText());
    }
    Set<String> inPath = new TreeSet<>();
    PATH_PARAM.matcher(op.path()).results().forEach(m -> inPath.add(m.group(1)));
    return inPath.equals(declared) ? List.of() : List.of(op.id() + ": path parameters " + inPath + " but declared " + declared);
  }

  @Test
  void every_schema_is_one_the_validator_accepts_and_every_ref_resolves() {
    List<String> problems = new ArrayList<>(doc.schemas().refused());
    walk(doc.root(), "#", problems);
    assertEquals(List.of(), problems);
  }

  /** Every $ref anywhere (schemas, responses, parameters, headers) must resolve. */
  private static void walk(JsonNode node, String at, List<String> problems) {
    if (node.has("$ref")) {
      try {
        doc.schemas().resolve(node);
      } catch (IllegalStateException e) {
        problems.add(at + ": " + e.getMessage());
      }
    }
    node.properties().forEach(field -> {
      if (field.getValue().isContainerNode()) walk(field.getValue(), at + "/" + field.getKey(), problems);
    });
    if (node.isArray()) for (int i = 0; i < node.size(); i++) walk(node.get(i), at + "/" + i, problems);
  }

  @Test
  void every_documented_operation_answers_from_its_route() {
    List<String> missing = new ArrayList<>();
    for (var op : doc.operations()) {
      String concrete = op.path().replace("{slug}", "no-such-slug").replace("{username}", "nobody").replace("{id}", "1");
      var reply = server.http.send(op.method(), concrete, null, null, null);   // the reply is checked by Http too
      if (reply.body().contains("no such route")) missing.add(op.id());
    }
    assertEquals(List.of(), missing);
  }

  private static Set<String> names(JsonNode object) {
    Set<String> names = new TreeSet<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
