package inkwell.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** Reads a request body into a record, turning every way it can be wrong into a 4xx in our error shape. */
public final class JsonBody {
  private JsonBody() {}

  public static <T> T read(Context ctx, Class<T> type) {
    requireJsonContentType(ctx);
    byte[] body = bytes(ctx);
    if (body.length == 0) throw new BadRequest("is empty; expected a JSON object");
    String text = utf8(body);
    try {
      T value = Json.MAPPER.readValue(text, type);
      if (value == null) throw new BadRequest("is null; expected a JSON object");
      return value;
    } catch (RequestStrings.Refused e) {
      throw e.toInvalid();
    } catch (MismatchedInputException e) {
      throw new Invalid(fieldOf(e), "has the wrong type" + expected(e));
    } catch (JacksonException e) {
      throw new BadRequest("is not valid JSON");
    }
  }

  /** True when the request carries a body at all (used where a body is optional). */
  public static boolean present(Context ctx) {
    return bytes(ctx).length > 0;
  }

  /**
   * The raw body, read once (Javalin keeps it). Jetty's failures while reading it reach us undeclared (Javalin is
   * Kotlin) as IOExceptions: a bad chunk size, a body shorter than its Content-Length, an idle timeout. They are the
   * client's doing, so they are a 400 or 408, not the 500 of an unexpected exception.
   */
  static byte[] bytes(Context ctx) {
    try {
      return ctx.bodyAsBytes();   // over http.maxRequestSize: Javalin throws 413, web/Errors words it
    } catch (Exception e) {
      if (e instanceof IOException failure) throw BrokenBody.of(failure);
      throw e;
    }
  }

  /**
   * The body as text, decoded strictly. JSON is UTF-8 (RFC 8259 §8.1), and Jackson's own decoding of bytes lets
   * through overlong forms (C0 80 becomes a NUL) and code points past U+10FFFF, which would reach the database.
   */
  private static String utf8(byte[] body) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();   // reports, never replaces
      return text.startsWith("\uFEFF") ? text.substring(1) : text;   // a byte order mark may be ignored (RFC 8259 §8.1)
    } catch (CharacterCodingException e) {
      throw new BadRequest("is not valid UTF-8");
    }
  }

  private static void requireJsonContentType(Context ctx) {
    var type = ContentType.of(ctx);
    if (!type.isJson()) throw new UnsupportedMediaType(type.header());
    type.requireUtf8();
  }

  /** "user.email" from the JSON path of the offending value; "body" when it is the whole document. */
  private static String fieldOf(JsonMappingException e) {
    String path = e.getPath().stream()
        .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
        .collect(Collectors.joining("."));
    return path.isEmpty() ? "body" : path;
  }

  private static String expected(MismatchedInputException e) {
    var target = e.getTargetType();
    if (target == null) return "";
    if (target == String.class) return "; expected a string";
    if (target.isRecord() || target == java.util.Map.class) return "; expected an object";
    if (java.util.Collection.class.isAssignableFrom(target)) return "; expected an array";
    if (target == Boolean.class || target == boolean.class) return "; expected true or false";
    if (Number.class.isAssignableFrom(target) || target.isPrimitive()) return "; expected a number";
    return "";
  }
}
