package inkwell.http;

import io.javalin.http.Context;
import java.util.Locale;

/**
 * A request body's Content-Type, parsed from the header itself. Jetty's own parse (behind ctx.contentType()) looks the
 * charset up and throws for a name Java does not know, so {@code charset=nope} used to be a 500.
 */
record ContentType(String header, String mediaType, String charset) {

  static ContentType of(Context ctx) {
    String header = ctx.header("Content-Type");
    if (header == null) return new ContentType(null, "", null);
    String[] parts = header.split(";");
    String charset = null;
    for (int i = 1; i < parts.length; i++) {
      String[] parameter = parts[i].split("=", 2);
      if (parameter.length == 2 && parameter[0].trim().equalsIgnoreCase("charset")) charset = parameter[1].trim().replace("\"", "");
    }
    return new ContentType(header, parts[0].trim().toLowerCase(Locale.ROOT), charset);
  }

  boolean isJson() {
    return mediaType.equals("application/json") || mediaType.endsWith("+json");
  }

  boolean isForm() {
    return mediaType.equals("application/x-www-form-urlencoded");
  }

  /**
   * JSON is UTF-8 (RFC 8259 §8.1: other encodings are not interoperable) and so are our forms. A body declared in
   * any other charset is refused with 415 rather than guessed at; no charset at all means UTF-8.
   */
  void requireUtf8() {
    if (charset != null && !charset.equalsIgnoreCase("utf-8") && !charset.equalsIgnoreCase("utf8")) {
      throw UnsupportedMediaType.charset(charset);
    }
  }
}
