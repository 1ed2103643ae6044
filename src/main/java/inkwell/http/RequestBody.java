package inkwell.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * The body of a sign-in route: JSON as RealWorld sends it, or an HTML form (application/x-www-form-urlencoded, the
 * notes' request.form) with flat fields, {@code email=...&password=...}, or {@code user[email]=...}. The form is
 * turned into the same JSON object, so both go through the same record and the same validation.
 */
public final class RequestBody {
  private RequestBody() {}

  public static <T> T read(Context ctx, Class<T> type, String wrapper) {
    var contentType = ContentType.of(ctx);
    if (!contentType.isForm()) return JsonBody.read(ctx, type);
    contentType.requireUtf8();
    JsonBody.bytes(ctx);   // read the body through its guard first; formParamMap then parses the kept bytes
    ObjectNode inner = Json.MAPPER.createObjectNode();
    for (Map.Entry<String, List<String>> param : ctx.formParamMap().entrySet()) {
      String name = param.getKey();
      if (name.startsWith(wrapper + "[") && name.endsWith("]")) name = name.substring(wrapper.length() + 1, name.length() - 1);
      if (!param.getValue().isEmpty()) inner.put(name, param.getValue().get(0));
    }
    if (inner.isEmpty()) throw new BadRequest("is an empty form; expected fields such as email and password");
    try {
      return Json.MAPPER.treeToValue(Json.MAPPER.createObjectNode().set(wrapper, inner), type);
    } catch (RequestStrings.Refused e) {
      throw e.toInvalid();
    } catch (JacksonException e) {
      throw new BadRequest("could not be read");
    }
  }
}
