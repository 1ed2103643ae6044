package inkwell.web;

import static inkwell.web.SweepCase.Expect.ANSWERED;
import static inkwell.web.SweepCase.Expect.REFUSED;
import static inkwell.web.SweepCase.bytes;
import static inkwell.web.SweepCase.concat;
import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import inkwell.web.SweepCase.Target;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Bodies that are wrong in every way a client gets them wrong, for one route: broken JSON, wrong types, odd
 * Content-Types and charsets, invalid UTF-8, NUL, deep nesting. Each must be refused (4xx) and store nothing.
 */
final class MalformedBodies {
  private MalformedBodies() {}

  static List<SweepCase> of(Target t) {
    var cases = new ArrayList<SweepCase>();
    brokenJson(t, cases);
    wrongTypes(t, cases);
    contentTypes(t, cases);
    charsets(t, cases);
    invalidUtf8(t, cases);
    nul(t, cases);
    deep(t, cases);
    return cases;
  }

  private static void brokenJson(Target t, List<SweepCase> cases) {
    String w = t.wrapper() == null ? t.field() : t.wrapper();
    String f = t.field();
    var bodies = new java.util.LinkedHashMap<String, String>();
    bodies.put("truncated inside a string", "{\"" + w + "\":{\"" + f + "\":\"x");
    bodies.put("truncated after a name", "{\"" + w + "\":");
    bodies.put("trailing garbage", new String(t.with(f, "\"x\""), UTF_8) + " trailing");
    bodies.put("two documents", new String(t.with(f, "\"x\""), UTF_8) + "{}");
    bodies.put("single quotes", "{'" + w + "':{'" + f + "':'x'}}");
    bodies.put("block comment", new String(t.with(f, "\"x\" /* comment */"), UTF_8));
    bodies.put("line comment", "// comment\n" + new String(t.with(f, "\"x\""), UTF_8));
    bodies.put("hash comment", "# comment\n" + new String(t.with(f, "\"x\""), UTF_8));
    bodies.put("NaN", new String(t.with(f, "NaN"), UTF_8));
    bodies.put("Infinity", new String(t.with(f, "Infinity"), UTF_8));
    bodies.put("-Infinity", new String(t.with(f, "-Infinity"), UTF_8));
    bodies.put("trailing comma", new String(t.with(f, "\"x\","), UTF_8));
    bodies.put("extra closing brace", new String(t.with(f, "\"x\""), UTF_8) + "}");
    bodies.put("bad escape", new String(t.with(f, "\"\\x\""), UTF_8));
    bodies.put("short unicode escape", new String(t.with(f, "\"\\u12\""), UTF_8));
    bodies.put("lone surrogate escape", new String(t.with(f, "\"a\\uD800b\""), UTF_8));
    bodies.put("raw tab in a string", new String(t.with(f, "\"a\tb\""), UTF_8));
    bodies.put("raw NUL byte in a string", new String(t.with(f, "\"a\0b\""), UTF_8));
    bodies.put("raw NUL byte after the document", new String(t.with(f, "\"x\""), UTF_8) + "\0");
    bodies.put("unquoted name", "{\"" + w + "\":{" + f + ":\"x\"}}");
    bodies.put("leading zero", new String(t.with(f, "01"), UTF_8));
    bodies.put("huge exponent", new String(t.with(f, "1e999999999"), UTF_8));
    bodies.put("hex number", new String(t.with(f, "0x10"), UTF_8));
    bodies.put("misspelt literal", new String(t.with(f, "tru"), UTF_8));
    bodies.put("bare word", "nul");
    bodies.put("unterminated string", "\"unterminated");
    bodies.put("whitespace only", " \r\n\t ");
    bodies.put("empty", "");
    bodies.put("duplicate keys, both blank", "{\"" + w + "\":{\"" + f + "\":\"\",\"" + f + "\":\"\"}}");
    bodies.forEach((name, body) -> cases.add(SweepCase.of("broken JSON", t + ": " + name, t.json(body.getBytes(UTF_8)), REFUSED)));
  }

  private static void wrongTypes(Target t, List<SweepCase> cases) {
    for (String field : t.fields()) {
      boolean list = field.equals("tagList");
      var values = new ArrayList<>(list
          ? List.of("5", "\"dragons\"", "{}", "true", "[1]", "[[]]", "[{}]")
          : List.of("5", "-1.5", "true", "[]", "{}", "[\"x\"]", "99999999999999999999999"));
      // Blank and null tags are dropped by design (TagNames), so on PUT these would rightly clear the tags.
      if (list && !t.method().equals("PUT")) values.addAll(List.of("[null]", "[\"\"]"));
      for (String value : values) {
        cases.add(SweepCase.of("wrong types", t + ": " + field + "=" + value, t.json(t.with(field, value)), REFUSED));
      }
      // A null field may mean "leave unchanged" (PUT) or "missing" (422): either is a right answer.
      cases.add(SweepCase.of("wrong types", t + ": " + field + "=null", t.json(t.with(field, "null")), ANSWERED));
    }
    var wholes = new ArrayList<>(List.of("null", "[]", "5", "\"string\"", "true", "{}", "[{}]"));
    if (t.wrapper() != null) {
      for (String inner : List.of("null", "5", "\"x\"", "[]", "[{}]", "true")) wholes.add("{\"" + t.wrapper() + "\":" + inner + "}");
    }
    for (String body : wholes) cases.add(SweepCase.of("wrong types", t + ": " + body, t.json(body.getBytes(UTF_8)), REFUSED));
    if (t.wrapper() != null) {
      // only an unknown field: nothing to change is a right answer on PUT
      String nested = "{\"" + t.wrapper() + "\":{\"" + t.wrapper() + "\":{}}}";
      cases.add(SweepCase.of("wrong types", t + ": " + nested, t.json(nested.getBytes(UTF_8)), ANSWERED));
    }
  }

  private static void contentTypes(Target t, List<SweepCase> cases) {
    byte[] body = t.invalidBody().getBytes(UTF_8);
    var types = new ArrayList<String>(java.util.Arrays.asList(null, "", "text/plain", "text/plain; charset=utf-8", "text/html",
        "application/octet-stream", "application/jsonx", "application/", "*/*", "application/json, text/plain",
        "application/json; charset=utf-8; foo=bar", "application/json;", "application/json ; charset = utf-8",
        "application/json; charset=\"utf-8\"", "APPLICATION/JSON; CHARSET=UTF-8", "application/json; charset",
        "application/json; charset=utf-8; charset=latin1", "application/problem+json",
        "application/json; boundary=" + "x".repeat(4000)));
    types.forEach(type -> cases.add(SweepCase.of("content types", t + ": " + shorten(String.valueOf(type)), t.json(type, body), REFUSED)));
    cases.add(SweepCase.of("content types", t + ": application/xml", t.json("application/xml", "<user><email/></user>".getBytes(UTF_8)), REFUSED));
    cases.add(SweepCase.of("content types", t + ": multipart with a boundary", t.json("multipart/form-data; boundary=x",
        "--x\r\nContent-Disposition: form-data; name=\"email\"\r\n\r\n\r\n--x--\r\n".getBytes(UTF_8)), REFUSED));
    cases.add(SweepCase.of("content types", t + ": multipart without a boundary", t.json("multipart/form-data", body), REFUSED));
    cases.add(SweepCase.of("content types", t + ": form with a JSON body", t.json("application/x-www-form-urlencoded", body), REFUSED));
    cases.add(SweepCase.of("content types", t + ": form with bad escapes", t.json("application/x-www-form-urlencoded",
        "email=%zz&user[password]=%&=&&".getBytes(UTF_8)), REFUSED));
  }

  private static void charsets(Target t, List<SweepCase> cases) {
    String body = t.invalidBody();
    var encoded = Map.of("latin1", ISO_8859_1, "iso-8859-1", ISO_8859_1, "utf-16", Charset.forName("UTF-16"),
        "utf-16le", Charset.forName("UTF-16LE"), "utf-32", Charset.forName("UTF-32"), "us-ascii", ISO_8859_1,
        "windows-1252", ISO_8859_1, "nope", UTF_8, "n@pe", UTF_8, "", UTF_8);
    encoded.forEach((name, charset) -> cases.add(SweepCase.of("charsets", t + ": charset=" + name,
        t.json("application/json; charset=" + name, body.getBytes(charset)), REFUSED)));
    cases.add(SweepCase.of("charsets", t + ": UTF-16 bytes, no charset", t.json(body.getBytes(Charset.forName("UTF-16"))), REFUSED));
    cases.add(SweepCase.of("charsets", t + ": form, charset=nope", t.json("application/x-www-form-urlencoded; charset=nope",
        "email=a&password=b".getBytes(UTF_8)), REFUSED));
  }

  private static void invalidUtf8(Target t, List<SweepCase> cases) {
    var sequences = new java.util.LinkedHashMap<String, byte[]>();
    sequences.put("FF", bytes(0xFF));
    sequences.put("lone continuation 80", bytes(0x80));
    sequences.put("overlong NUL C0 80", bytes(0xC0, 0x80));
    sequences.put("overlong E0 80 8F", bytes(0xE0, 0x80, 0x8F));
    sequences.put("surrogate ED A0 80", bytes(0xED, 0xA0, 0x80));
    sequences.put("past U+10FFFF F4 90 80 80", bytes(0xF4, 0x90, 0x80, 0x80));
    sequences.put("five bytes F8 88 80 80 80", bytes(0xF8, 0x88, 0x80, 0x80, 0x80));
    sequences.put("cut short E2 82", bytes(0xE2, 0x82));
    sequences.forEach((name, sequence) -> cases.add(SweepCase.of("invalid UTF-8", t + ": " + name,
        t.json(t.with(t.field(), concat("\"a".getBytes(UTF_8), sequence, "b\"".getBytes(UTF_8)))), REFUSED)));
    cases.add(SweepCase.of("invalid UTF-8", t + ": cut short at the end", t.json(concat(t.invalidBody().getBytes(UTF_8), bytes(0xE2, 0x82))), REFUSED));
  }

  /** \u0000 inside JSON strings: PostgreSQL cannot store it. */
  private static void nul(Target t, List<SweepCase> cases) {
    for (String field : t.fields()) {
      if (field.equals("tagList")) {
        cases.add(SweepCase.of("NUL", t + ": tagList", t.json(t.with(field, "[\"a\\u0000b\"]")), REFUSED));
      } else {
        cases.add(SweepCase.of("NUL", t + ": " + field, t.json(t.with(field, "\"a\\u0000b\"")), REFUSED));
      }
    }
  }

  private static void deep(Target t, List<SweepCase> cases) {
    int depth = 100_000;
    cases.add(SweepCase.of("deep nesting", t + ": 100k arrays", t.json(("[".repeat(depth) + "]".repeat(depth)).getBytes(UTF_8)), REFUSED));
    cases.add(SweepCase.of("deep nesting", t + ": 100k unclosed arrays", t.json("[".repeat(depth).getBytes(UTF_8)), REFUSED));
    cases.add(SweepCase.of("deep nesting", t + ": 50k objects", t.json(("{\"a\":".repeat(depth / 2) + "1" + "}".repeat(depth / 2)).getBytes(UTF_8)), REFUSED));
    cases.add(SweepCase.of("deep nesting", t + ": 100k arrays in a field", t.json(t.with(t.field(), "[".repeat(depth) + "]".repeat(depth))), REFUSED));
    cases.add(SweepCase.of("deep nesting", t + ": 100k arrays in an unknown field", t.json(t.with("unknown", "[".repeat(depth) + "]".repeat(depth))), REFUSED));
  }

  static String shorten(String text) {
    return text.length() > 60 ? text.substring(0, 57) + "..." : text;
  }
}
