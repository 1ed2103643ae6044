package inkwell.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a JSON value against a schema of our OpenAPI 3.0 document, for the subset the document uses: type, nullable,
 * enum, properties, required, additionalProperties, items, anyOf, $ref (to #/components/...), format date-time, and
 * the length, size and range limits. A keyword outside that subset is a mistake in the test setup and throws, so the
 * document cannot silently use something that is never checked.
 *
 * <p>One rule is stricter than JSON Schema: an object schema that lists properties and says nothing about
 * additionalProperties accepts no others. The document must name every field the server sends.
 */
public final class OpenApiSchema {
  private static final Set<String> CHECKED = Set.of("type", "nullable", "enum", "properties", "required",
      "additionalProperties", "items", "anyOf", "$ref", "format", "minLength", "maxLength", "minItems", "maxItems",
      "minimum", "maximum");
  private static final Set<String> ANNOTATIONS = Set.of("description", "example", "default", "title");

  private final JsonNode document;

  public OpenApiSchema(JsonNode document) {
    this.document = document;
  }

  /** Every way {@code value} breaks {@code schema}, each starting with its JSON path ({@code $.user.email}); empty if none. */
  public List<String> problems(JsonNode schema, JsonNode value) {
    var out = new ArrayList<String>();
    check(schema, value, "$", out);
    return out;
  }

  /** A {@code {"$ref": "#/components/..."}} node replaced by what it points to; any other node as it is. */
  public JsonNode resolve(JsonNode node) {
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      if (!ref.startsWith("#/components/")) throw new IllegalStateException("only #/components/... refs are supported: " + ref);
      var target = document.at(ref.substring(1));
      if (target.isMissingNode()) throw new IllegalStateException("unresolved $ref " + ref);
      node = target;
    }
    return node;
  }

  /** Keywords this class would not check, and refs that lead nowhere, anywhere inside {@code schema}. */
  public List<String> unsupported(JsonNode schema, String at) {
    var out = new ArrayList<String>();
    lint(schema, at, out, new java.util.HashSet<>());
    return out;
  }

  private void lint(JsonNode schema, String at, List<String> out, Set<String> seenRefs) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!seenRefs.add(ref)) return;
      try {
        lint(resolve(schema), ref, out, seenRefs);
      } catch (IllegalStateException e) {
        out.add(at + ": " + e.getMessage());
      }
      return;
    }
    schema.fieldNames().forEachRemaining(k -> {
      if (!CHECKED.contains(k) && !ANNOTATIONS.contains(k)) out.add(at + ": keyword '" + k + "' is not checked by the tests");
    });
    schema.path("properties").properties().forEach(p -> lint(p.getValue(), at + "." + p.getKey(), out, seenRefs));
    if (schema.has("items")) lint(schema.get("items"), at + "[]", out, seenRefs);
    var extra = schema.path("additionalProperties");
    if (extra.isObject()) lint(extra, at + ".*", out, seenRefs);
    for (var branch : schema.path("anyOf")) lint(branch, at + "|anyOf", out, seenRefs);
  }

  private void check(JsonNode schema, JsonNode value, String at, List<String> out) {
    schema = resolve(schema);
    schema.fieldNames().forEachRemaining(k -> {
      if (!CHECKED.contains(k) && !ANNOTATIONS.contains(k)) {
        throw new IllegalStateException("schema keyword '" + k + "' at " + at + " is not supported by OpenApiSchema");
      }
    });
    if (value.isNull()) {
      boolean typed = schema.has("type") || schema.has("properties");
      if (typed && !schema.path("nullable").asBoolean(false)) out.add(at + ": is null, which the document does not allow");
      return;
    }
    if (schema.has("anyOf")) anyOf(schema.get("anyOf"), value, at, out);
    if (schema.has("type") && !hasType(value, schema.get("type").asText())) {
      out.add(at + ": expected " + schema.get("type").asText() + ", got " + describe(value));
      return;
    }
    if (schema.has("enum") && !contains(schema.get("enum"), value)) {
      out.add(at + ": " + value + " is not one of " + schema.get("enum"));
    }
    if (value.isTextual()) text(schema, value.asText(), at, out);
    if (value.isNumber()) range(schema, value, at, out);
    if (value.isArray()) array(schema, value, at, out);
    if (value.isObject()) object(schema, value, at, out);
  }

  private void anyOf(JsonNode branches, JsonNode value, String at, List<String> out) {
    var reasons = new ArrayList<String>();
    for (var branch : branches) {
      var problems = problemsAt(branch, value, at);
      if (problems.isEmpty()) return;
      reasons.add(String.join("; ", problems));
    }
    out.add(at + ": matches none of anyOf: " + reasons);
  }

  private List<String> problemsAt(JsonNode schema, JsonNode value, String at) {
    var out = new ArrayList<String>();
    check(schema, value, at, out);
    return out;
  }

  private static void text(JsonNode schema, String s, String at, List<String> out) {
    count(schema, "minLength", "maxLength", s.codePointCount(0, s.length()), "characters", at, out);
    if ("date-time".equals(schema.path("format").asText())) {
      try {
        OffsetDateTime.parse(s);
      } catch (DateTimeParseException e) {
        out.add(at + ": '" + s + "' is not a date-time");
      }
    }
  }

  private static void range(JsonNode schema, JsonNode n, String at, List<String> out) {
    var min = schema.get("minimum");
    var max = schema.get("maximum");
    if (min != null && n.decimalValue().compareTo(min.decimalValue()) < 0) out.add(at + ": " + n + " is below the minimum " + min);
    if (max != null && n.decimalValue().compareTo(max.decimalValue()) > 0) out.add(at + ": " + n + " is above the maximum " + max);
  }

  /** minLength/maxLength, minItems/maxItems. */
  private static void count(JsonNode schema, String minKey, String maxKey, int n, String unit, String at, List<String> out) {
    var min = schema.get(minKey);
    var max = schema.get(maxKey);
    if (min != null && n < min.asInt()) out.add(at + ": " + n + " " + unit + ", " + minKey + " is " + min);
    if (max != null && n > max.asInt()) out.add(at + ": " + n + " " + unit + ", " + maxKey + " is " + max);
  }

  private void array(JsonNode schema, JsonNode array, String at, List<String> out) {
    count(schema, "minItems", "maxItems", array.size(), "items", at, out);
    if (!schema.has("items")) return;
    for (int i = 0; i < array.size(); i++) check(schema.get("items"), array.get(i), at + "[" + i + "]", out);
  }

  private void object(JsonNode schema, JsonNode object, String at, List<String> out) {
    for (var name : schema.path("required")) {
      if (!object.has(name.asText())) out.add(at + ": required property '" + name.asText() + "' is missing");
    }
    var properties = schema.path("properties");
    var extra = schema.get("additionalProperties");
    for (var field : object.properties()) {
      String path = at + "." + field.getKey();
      if (properties.has(field.getKey())) check(properties.get(field.getKey()), field.getValue(), path, out);
      else if (extra != null && extra.isObject()) check(extra, field.getValue(), path, out);
      else if (extra == null ? schema.has("properties") : !extra.asBoolean()) out.add(path + ": is not in the document");
    }
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber();
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      default -> throw new IllegalStateException("unknown type '" + type + "'");
    };
  }

  private static boolean contains(JsonNode options, JsonNode value) {
    for (var option : options) if (option.equals(value)) return true;
    return false;
  }

  private static String describe(JsonNode value) {
    String kind = value.getNodeType().name().toLowerCase();
    String text = value.toString();
    return kind + " " + (text.length() > 60 ? text.substring(0, 60) + "..." : text);
  }
}
