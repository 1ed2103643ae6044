package inkwell.web;

import static inkwell.auth.Access.PUBLIC;

import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.staticfiles.StaticFileConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

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

  /** The swagger-ui webjar inside our jar, at /webjars, PUBLIC like every file it serves. */
  static void webjarFiles(StaticFileConfig files) {
    files.hostedPath = "/webjars";
    files.directory = "META-INF/resources/webjars";
    files.location = Location.CLASSPATH;
    files.headers = Map.of("Cache-Control", "max-age=86400");
    files.roles = Set.of(PUBLIC);
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
