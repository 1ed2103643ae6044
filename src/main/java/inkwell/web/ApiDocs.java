package inkwell.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The OpenAPI document (RealWorld's, plus our extensions), for Swagger UI, Postman or code generators, and
 * Swagger UI itself at /docs, whose scripts come from the swagger-ui webjar inside the jar (works offline).
 *   curl localhost:7070/openapi.json
 */
final class ApiDocs {
  private static final String SWAGGER_UI_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private final byte[] document;
  private final String page;

  ApiDocs() {
    this.document = resource("inkwell/web/openapi.json");
    this.page = new String(resource("inkwell/web/docs.html"), StandardCharsets.UTF_8)
        .replace("SWAGGER_UI_VERSION", swaggerUiVersion());
  }

  void openApi(Context ctx) {
    ctx.contentType("application/json").result(document);
  }

  void swaggerUi(Context ctx) {
    ctx.html(page);
  }

  /** The webjar's version is part of its file paths; read it from the webjar so an upgrade needs no edit here. */
  private static String swaggerUiVersion() {
    var properties = new Properties();
    try {
      properties.load(new java.io.ByteArrayInputStream(resource(SWAGGER_UI_POM)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] resource(String path) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing from the jar: " + path);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
