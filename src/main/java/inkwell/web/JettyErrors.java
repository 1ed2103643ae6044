package inkwell.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before Javalin sees them (a header too large: 431, a malformed request line: 400) get our
 * JSON error shape too, instead of Jetty's HTML page. Only the standard reason phrase is sent, never exception text.
 */
final class JettyErrors extends ErrorHandler {

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    return ByteBuffer.wrap(body(status));
  }

  @Override
  protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
      Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body(status)), callback);
  }

  private static byte[] body(int status) {
    String reason = HttpStatus.getMessage(status).toLowerCase().replace("\"", "");
    return ("{\"errors\":{\"request\":[\"" + reason + "\"]}}").getBytes(StandardCharsets.UTF_8);
  }
}
