package inkwell.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The OpenAPI document (RealWorld's, plus our extensions), for Swagger UI, Postman or code generators.
 *   curl localhost:7070/openapi.json
 */
final class ApiDocs {
  private static final String PATH = "inkwell/web/openapi.json";
  private final byte[] document;

  ApiDocs() {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(PATH)) {
      if (in == null) throw new IllegalStateException("missing from the jar: " + PATH);
      this.document = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(document);
  }
}
