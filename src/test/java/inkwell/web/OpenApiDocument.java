package inkwell.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import inkwell.Http;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Our openapi.json as the tests read it: its operations, which one a request reaches, and whether a real response
 * is one the document describes (status, content type, required headers, body schema). The test Http client runs
 * every reply through {@link #assertConforms}, so the whole suite checks the document.
 */
public final class OpenApiDocument {
  private static final String RESOURCE = "inkwell/web/openapi.json";
  private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
  // Jetty refuses these (request line or headers too large) before any route is matched: no operation answers them.
  private static final Set<Integer> BEFORE_ROUTING = Set.of(414, 431);
  private static final OpenApiDocument SERVED = load();

  /** One documented operation: "GET", "/api/articles/{slug}" and its node in the document. */
  public record Operation(String method, String path, JsonNode node) {
    public String access() {
      return node.path("x-inkwell-access").asText(null);
    }

    public String id() {
      return method + " " + path;
    }
  }

  private final JsonNode root;
  private final OpenApiSchema schemas;
  private final List<Operation> operations = new ArrayList<>();

  public OpenApiDocument(JsonNode root) {
    this.root = root;
    this.schemas = new OpenApiSchema(root);
    root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
      if (METHODS.contains(op.getKey())) operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), op.getValue()));
    }));
  }

  /** The document in the jar (the same bytes GET /openapi.json serves), read once. */
  public static OpenApiDocument served() {
    return SERVED;
  }

  private static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("missing from the classpath: " + RESOURCE);
      return new OpenApiDocument(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public JsonNode root() {
    return root;
  }

  public OpenApiSchema schemas() {
    return schemas;
  }

  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  /**
   * The operation a request for {@code target} (path, maybe with a query) reaches, matched as Javalin does: same
   * method, same number of segments, a {param} takes any one segment, and a literal segment beats a parameter
   * (GET /api/articles/feed is the feed, not an article called "feed").
   */
  public Optional<Operation> find(String method, String target) {
    String path = target.split("[?#]", 2)[0];
    if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);   // ignoreTrailingSlashes
    String[] segments = path.split("/", -1);
    for (String s : segments) if (s.equals(".") || s.equals("..")) return Optional.empty();
    return operations.stream()
        .filter(op -> op.method().equalsIgnoreCase(method))
        .filter(op -> literalsMatched(op.path().split("/", -1), segments) >= 0)
        .max(Comparator.comparingInt(op -> literalsMatched(op.path().split("/", -1), segments)));
  }

  /** How many literal segments of {@code template} the request matched; -1 if it does not match at all. */
  private static int literalsMatched(String[] template, String[] request) {
    if (template.length != request.length) return -1;
    int literals = 0;
    for (int i = 0; i < template.length; i++) {
      boolean param = template[i].startsWith("{") && template[i].endsWith("}");
      if (param ? request[i].isEmpty() : !template[i].equals(request[i])) return -1;
      if (!param) literals++;
    }
    return literals;
  }

  /** Why this reply to {@code method target} is not what the document describes; empty if it is, or if no operation matches. */
  public List<String> problems(String method, String target, Http.Reply reply) {
    var operation = find(method, target);
    if (operation.isEmpty() || BEFORE_ROUTING.contains(reply.status())) return List.of();
    var op = operation.get();
    String documented = "/paths/" + OpenApiSchema.escape(op.path()) + "/" + op.method().toLowerCase(Locale.ROOT) + "/responses/" + reply.status();
    if (root.at(documented).isMissingNode()) {
      return List.of("status " + reply.status() + " is not documented for " + op.id()
          + " (documented: " + iterable(op.node().path("responses").fieldNames()) + ")");
    }
    String at = schemas.follow(documented);
    var response = root.at(at);
    var out = new ArrayList<String>();
    response.path("headers").properties().forEach(h -> {
      if (schemas.resolve(h.getValue()).path("required").asBoolean(false) && reply.header(h.getKey()) == null) {
        out.add("header " + h.getKey() + " is missing");
      }
    });
    var content = response.path("content");
    if (content.isEmpty()) {
      if (!reply.body().isEmpty()) out.add("the document describes no body, got: " + abbreviate(reply.body()));
      return out;
    }
    String type = Optional.ofNullable(reply.header("Content-Type")).orElse("").split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (!content.has(type)) {
      out.add("Content-Type '" + type + "' is not documented (documented: " + iterable(content.fieldNames()) + ")");
      return out;
    }
    if (!content.get(type).has("schema")) return out;
    JsonNode body = type.equals("application/json") || type.endsWith("+json") ? reply.json() : TextNode.valueOf(reply.body());
    out.addAll(schemas.problems(at + "/content/" + OpenApiSchema.escape(type) + "/schema", body));
    return out;
  }

  /** Fails the test when this reply is not what the document describes (see {@link #problems}). */
  public void assertConforms(String method, String target, Http.Reply reply) {
    var problems = problems(method, target, reply);
    if (!problems.isEmpty()) {
      throw new AssertionError("openapi.json does not describe the reply to " + method + " " + target + " -> "
          + reply.status() + ":\n  " + String.join("\n  ", problems) + "\nbody: " + abbreviate(reply.body()));
    }
  }

  private static List<String> iterable(java.util.Iterator<String> names) {
    var list = new ArrayList<String>();
    names.forEachRemaining(list::add);
    return list;
  }

  private static String abbreviate(String body) {
    return body.length() > 500 ? body.substring(0, 500) + "..." : body;
  }
}
