package inkwell.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.stream.Collectors;

/** Reads a request body into a record, turning every way it can be wrong into a 4xx in our error shape. */
public final class JsonBody {
  private JsonBody() {}

  public static <T> T read(Context ctx, Class<T> type) {
    requireJsonContentType(ctx);
    byte[] body = ctx.bodyAsBytes();   // over http.maxRequestSize: Javalin throws 413, web/Errors words it
    if (body.length == 0) throw new BadRequest("is empty; expected a JSON object");
    try {
      T value = Json.MAPPER.readValue(body, type);
      if (value == null) throw new BadRequest("is null; expected a JSON object");
      return value;
    } catch (NoNulStrings.Found e) {
      throw e.toInvalid();
    } catch (MismatchedInputException e) {
      throw new Invalid(fieldOf(e), "has the wrong type" + expected(e));
    } catch (JacksonException e) {
      throw new BadRequest("is not valid JSON");
    } catch (IOException e) {
      throw new BadRequest("could not be read");
    }
  }

  /** True when the request carries a body at all (used where a body is optional). */
  public static boolean present(Context ctx) {
    return ctx.bodyAsBytes().length > 0;
  }

  private static void requireJsonContentType(Context ctx) {
    String type = ctx.contentType();
    String mime = type == null ? "" : type.split(";", 2)[0].trim().toLowerCase();
    if (!mime.equals("application/json") && !mime.endsWith("+json")) throw new UnsupportedMediaType(type);
  }

  /** "user.email" from the JSON path of the offending value; "body" when it is the whole document. */
  private static String fieldOf(MismatchedInputException e) {
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
