package inkwell.web;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;

/**
 * One request of the malformed-request sweep: its group (broken JSON, framing, ...), a readable name, the raw bytes,
 * and what a right answer is. Every answer must also be a single response in our error shape when it is not 2xx.
 */
record SweepCase(String group, String name, byte[] request, boolean halfClose, Expect expect, Consumer<RawExchange> also) {

  /** The status classes a right answer may have. */
  enum Expect {
    /** 2xx or 4xx: odd but harmless (a repeated query parameter, a null meaning "unchanged"). */
    ANSWERED,
    /** 4xx only: the request is broken and must not be acted on. */
    REFUSED
  }

  static SweepCase of(String group, String name, byte[] request, Expect expect) {
    return new SweepCase(group, name, request, false, expect, reply -> {});
  }

  /** Like {@link #of}, but our side of the connection is closed after the bytes: a client that gave up mid-body. */
  static SweepCase halfClosed(String group, String name, byte[] request) {
    return new SweepCase(group, name, request, true, Expect.REFUSED, reply -> {});
  }

  SweepCase and(Consumer<RawExchange> check) {
    return new SweepCase(group, name, request, halfClose, expect, check);
  }

  /** A route that takes a body: where it is, the token it needs, and its JSON wrapper and string fields. */
  record Target(String name, String method, String path, String token, String wrapper, List<String> fields, String invalidBody) {
    /** The first field is one the route requires, so a body carrying only it is still refused. */
    String field() {
      return fields.get(0);
    }

    /** {"wrapper":{"field":value}} with {@code value} as raw JSON (or {"field":value} for a route without a wrapper). */
    byte[] with(String field, byte[] value) {
      String open = wrapper == null ? "{\"" + field + "\":" : "{\"" + wrapper + "\":{\"" + field + "\":";
      return concat(open.getBytes(UTF_8), value, (wrapper == null ? "}" : "}}").getBytes(UTF_8));
    }

    byte[] with(String field, String value) {
      return with(field, value.getBytes(UTF_8));
    }

    /** The request with these headers and body; Content-Type and Content-Length are added when given. */
    byte[] json(String contentType, byte[] body) {
      var headers = new java.util.ArrayList<String>();
      if (contentType != null) headers.add("Content-Type: " + contentType);
      headers.add("Content-Length: " + body.length);
      return request(method, path, token, headers, body);
    }

    byte[] json(byte[] body) {
      return json("application/json", body);
    }

    /** The request with exactly these headers (beyond Host, Connection and Authorization) and bytes after them. */
    byte[] framed(List<String> headers, byte[] rest) {
      return request(method, path, token, headers, rest);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Host, "Connection: close" (one request per connection), the token if any, then {@code headers} and {@code body}. */
  static byte[] request(String method, String target, String token, List<String> headers, byte[] body) {
    var head = new StringBuilder(method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if (token != null) head.append("Authorization: Token ").append(token).append("\r\n");
    headers.forEach(header -> head.append(header).append("\r\n"));
    return concat(head.append("\r\n").toString().getBytes(ISO_8859_1), body);
  }

  static byte[] concat(byte[]... parts) {
    var out = new ByteArrayOutputStream();
    for (byte[] part : parts) out.writeBytes(part);
    return out.toByteArray();
  }

  static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) out[i] = (byte) values[i];
    return out;
  }

  @Override
  public String toString() {
    return group + ": " + name;
  }
}
