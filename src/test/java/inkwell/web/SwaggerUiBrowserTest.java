package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import inkwell.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Swagger UI at /docs works in a real browser: it lists every documented operation, and someone who pastes their
 * token into "Authorize" can call GET /api/user with "Try it out" (and gets 401 before they do).
 */
// The suite runs twice, on SQLite and then on PostgreSQL. The page and the browser are the same either way, and the
// browser is slow to start, so this runs in the SQLite run only.
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres", disabledReason = "runs once, in the SQLite run")
@DisabledIf(value = "chromiumIsMissingAndNotRequired", disabledReason = "/usr/bin/chromium is missing; .ci/install-chromium.sh installs it")
class SwaggerUiBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
  // Swagger UI gives each operation the id "operations-<tag>-<operationId>"; the operationId survives path changes.
  private static final String GET_USER = ".opblock[id$='-GetCurrentUser']";
  private static final String LIVE_RESPONSE = GET_USER + " .live-responses-table tr.response";
  private static Chromium chromium;

  /** CI sets INKWELL_REQUIRE_BROWSER=1 so that a missing browser fails the build instead of skipping this test. */
  static boolean chromiumIsMissingAndNotRequired() {
    return !Files.isExecutable(Chromium.EXECUTABLE) && !"1".equals(System.getenv("INKWELL_REQUIRE_BROWSER"));
  }

  @BeforeAll
  static void launchChromium() throws IOException {
    if (!Files.isExecutable(Chromium.EXECUTABLE)) {
      fail("INKWELL_REQUIRE_BROWSER=1 but " + Chromium.EXECUTABLE + " is missing; .ci/install-chromium.sh installs it");
    }
    chromium = Chromium.launch();
  }

  @AfterAll
  static void closeChromium() {
    if (chromium != null) chromium.close();
  }

  @BeforeEach
  void openDocs() {
    chromium.open("http://127.0.0.1:" + server.server.port() + "/docs");
    chromium.waitFor("document.querySelectorAll('.opblock').length > 0", "Swagger UI to show the operations of /openapi.json");
  }

  @Test
  void docs_page_shows_every_documented_operation() {
    var documented = documented();
    var shown = new ArrayList<String>();
    // data-path holds the path whole, as the spec writes it (the visible one is cut up by <wbr> line-break hints);
    // the server's URL goes in front, as Swagger UI does when it sends a request.
    chromium.evaluate("[...document.querySelectorAll('.opblock')].map(op =>"
            + " [op.querySelector('.opblock-summary-method').innerText, op.querySelector('[data-path]').dataset.path])")
        .forEach(op -> shown.add(op.get(0).asText() + " " + documented.base + op.get(1).asText()));

    assertTrue(shown.containsAll(List.of("GET /api/user", "POST /api/users/login", "GET /api/articles")), "Swagger UI shows " + shown);
    assertEquals(documented.operations.stream().sorted().toList(), shown.stream().sorted().toList());
  }

  @Test
  void try_it_out_of_GET_user_gives_401_then_200_after_Authorize() {
    var user = server.register("swagger");
    chromium.click(GET_USER + " .opblock-summary-control");
    chromium.click(GET_USER + " .try-out__btn");

    chromium.click(GET_USER + " .btn.execute");
    assertEquals("401", chromium.text(LIVE_RESPONSE + " .response-col_status"), "GET /api/user before Authorize");
    chromium.click(GET_USER + " .btn-clear");
    chromium.waitUntilGone(LIVE_RESPONSE);

    authorizeWithBearer(user.get("token").asText());
    chromium.click(GET_USER + " .btn.execute");
    assertEquals("200", chromium.text(LIVE_RESPONSE + " .response-col_status"), "GET /api/user after Authorize");
    assertTrue(chromium.text(LIVE_RESPONSE + " .response-col_description").contains(user.get("username").asText()),
        "the response shows the user");
  }

  /** As a person would: open "Authorize", paste the token into the Bearer field, apply, close. */
  private static void authorizeWithBearer(String token) {
    chromium.click(".auth-wrapper .btn.authorize");
    chromium.type(".modal-ux #auth-bearer-value", token);
    // Each scheme (Token, then Bearer) is a form with its own Authorize button.
    chromium.click(".modal-ux .auth-container:has(#auth-bearer-value) .btn.authorize");
    // The padlock on the page's Authorize button closes once any scheme has a value.
    chromium.waitFor("!!document.querySelector('.auth-wrapper .btn.authorize.locked')", "the padlock on Authorize to close");
    chromium.click(".modal-ux .btn-done");
    chromium.waitUntilGone(".modal-ux");
  }

  private record Documented(String base, List<String> operations) {}

  /** "GET /api/user" and so on, from /openapi.json: the server's URL (/api, or /) before each path. */
  private static Documented documented() {
    var spec = server.http.get("/openapi.json", null).json();
    String base = spec.at("/servers/0/url").asText().replaceAll("/$", "");
    var operations = new ArrayList<String>();
    spec.get("paths").properties().forEach(path -> path.getValue().fieldNames().forEachRemaining(method -> {
      if (HTTP_METHODS.contains(method)) operations.add(method.toUpperCase() + " " + base + path.getKey());
    }));
    return new Documented(base, operations);
  }
}
