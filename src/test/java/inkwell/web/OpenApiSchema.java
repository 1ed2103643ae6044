package inkwell.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import com.networknt.schema.path.PathType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The schemas of our OpenAPI 3.0 document, checked by networknt's json-schema-validator in its OpenAPI 3.0 dialect
 * (the draft-04 keywords plus nullable, with formats such as date-time asserted). A schema is named by its JSON
 * pointer in the document ({@code /components/schemas/Article}); its {@code $ref}s resolve within the document.
 *
 * <p>Two rules are stricter than OpenAPI. An object schema that lists properties and says nothing about
 * additionalProperties accepts no others: the document must name every field the server sends. And a keyword the
 * dialect does not know is refused, not ignored, so a typo such as "requried" cannot silently check nothing.
 */
public final class OpenApiSchema {
  private static final String DOCUMENT = "inkwell:openapi.json";
  private static final Dialect STRICT_OPENAPI_30 = Dialect.builder(Dialects.getOpenApi30())
      .unknownKeywordFactory((keyword, context) -> {
        if (keyword.startsWith("x-")) return new NonValidationKeyword(keyword);  // OpenAPI's extensions are allowed
        throw new IllegalStateException("schema keyword '" + keyword + "' is not part of OpenAPI 3.0");
      })
      .build();

  private final JsonNode document;
  private final List<String> schemaPointers = new ArrayList<>();
  private final SchemaRegistry registry;
  private final Map<String, Schema> byPointer = new ConcurrentHashMap<>();

  public OpenApiSchema(JsonNode document) {
    this.document = document;
    var closed = document.deepCopy();
    findSchemas(closed, "");
    for (String pointer : schemaPointers) closeObjects(closed.at(pointer));
    var config = SchemaRegistryConfig.builder().pathType(PathType.JSON_PATH).formatAssertionsEnabled(true).build();
    registry = SchemaRegistry.withDefaultDialect(STRICT_OPENAPI_30,
        builder -> builder.schemaRegistryConfig(config).schemas(Map.of(DOCUMENT, closed.toString())));
  }

  /** Every way {@code value} breaks the schema at {@code pointer}, each starting with its JSON path ({@code $.user.email}); empty if none. */
  public List<String> problems(String pointer, JsonNode value) {
    var schema = byPointer.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + p)));
    return schema.validate(value.toString(), InputFormat.JSON).stream().map(Object::toString).toList();
  }

  /** A {@code {"$ref": "#/components/..."}} node replaced by what it points to; any other node as it is. */
  public JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? document.at(follow(node, null)) : node;
  }

  /** The pointer of what the node at {@code pointer} stands for, following its {@code $ref}s. */
  public String follow(String pointer) {
    return follow(document.at(pointer), pointer);
  }

  private String follow(JsonNode node, String pointer) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/components/")) throw new IllegalStateException("only #/components/... refs are supported: " + ref);
      pointer = ref.substring(1);
      node = document.at(pointer);
      if (node.isMissingNode()) throw new IllegalStateException("unresolved $ref " + ref);
    }
    return pointer;
  }

  /** Every schema of the document the validator refuses (an unknown keyword, a malformed value), with its pointer. */
  public List<String> refused() {
    var out = new ArrayList<String>();
    for (String pointer : schemaPointers) {
      try {
        registry.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
      } catch (SchemaException | IllegalStateException e) {
        out.add("#" + pointer + ": " + (e.getCause() == null ? e : e.getCause()).getMessage());
      }
    }
    return out;
  }

  /** The schemas in the document: components/schemas and every "schema" of a parameter, header or media type. */
  private void findSchemas(JsonNode node, String pointer) {
    node.properties().forEach(field -> {
      String at = pointer + "/" + escape(field.getKey());
      boolean schema = field.getKey().equals("schema") || pointer.equals("/components/schemas");
      if (schema && field.getValue().isObject()) schemaPointers.add(at);
      else if (!field.getKey().equals("example") && field.getValue().isContainerNode()) findSchemas(field.getValue(), at);
    });
    for (int i = 0; node.isArray() && i < node.size(); i++) findSchemas(node.get(i), pointer + "/" + i);
  }

  /** {@code name} as one segment of a JSON pointer: "/api/user" is "~1api~1user". */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }

  /** Adds additionalProperties: false to every object schema that lists properties and does not say. */
  private static void closeObjects(JsonNode schema) {
    if (!(schema instanceof ObjectNode object)) return;
    if (object.has("properties") && !object.has("additionalProperties")) object.put("additionalProperties", false);
    object.path("properties").forEach(OpenApiSchema::closeObjects);
    closeObjects(object.path("items"));
    closeObjects(object.path("additionalProperties"));
    closeObjects(object.path("not"));
    for (String combinator : List.of("allOf", "anyOf", "oneOf")) object.path(combinator).forEach(OpenApiSchema::closeObjects);
  }
}
