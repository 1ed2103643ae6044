package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Browser;
import inkwell.TestServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

/**
 * Swagger UI at /docs works in a real browser: it lists every documented operation, and someone who pastes their
 * token into "Authorize" can call GET /api/user with "Try it out" (and gets 401 before they do).
 */
// The suite runs twice, on SQLite and then on PostgreSQL. The page and the browser are the same either way, and the
// browser is slow to start, so this runs in the SQLite run only.
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres", disabledReason = "runs once, in the SQLite run")
class SwaggerUiBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch");
  // Swagger UI gives each operation the id "operations-<tag>-<operationId>"; the operationId survives path changes.
  private static final String GET_USER = ".opblock[id$='-GetCurrentUser']";
  private static final String LIVE_RESPONSE = GET_USER + " .live-responses-table tr.response";

  @BeforeEach
  void openDocs() {
    browser.open("http://127.0.0.1:" + server.server.port() + "/docs");
    browser.waitFor(".opblock");   // Swagger UI has read /openapi.json and shows its operations
  }

  @Test
  void docs_page_shows_every_documented_operation() {
    var documented = documented();
    var shown = new ArrayList<String>();
    // data-path holds the path whole, as the spec writes it (the visible one is cut up by <wbr> line-break hints);
    // the server's URL goes in front, as Swagger UI does when it sends a request.
    for (var op : browser.all(".opblock")) {
      String method = op.findElement(By.cssSelector(".opblock-summary-method")).getText();
      shown.add(method + " " + documented.base + op.findElement(By.cssSelector("[data-path]")).getDomAttribute("data-path"));
    }

    assertTrue(shown.containsAll(List.of("GET /api/user", "POST /api/users/login", "GET /api/articles")), "Swagger UI shows " + shown);
    assertEquals(documented.operations.stream().sorted().toList(), shown.stream().sorted().toList());
  }

  @Test
  void try_it_out_of_GET_user_gives_401_then_200_after_Authorize() {
    var user = server.register("swagger");
    browser.click(GET_USER + " .opblock-summary-control");
    browser.click(GET_USER + " .try-out__btn");

    browser.click(GET_USER + " .btn.execute");
    assertEquals("401", browser.text(LIVE_RESPONSE + " .response-col_status"), "GET /api/user before Authorize");
    browser.click(GET_USER + " .btn-clear");
    browser.waitUntilGone(LIVE_RESPONSE);

    authorizeWithBearer(user.get("token").asText());
    browser.click(GET_USER + " .btn.execute");
    assertEquals("200", browser.text(LIVE_RESPONSE + " .response-col_status"), "GET /api/user after Authorize");
    assertTrue(browser.text(LIVE_RESPONSE + " .response-col_description").contains(user.get("username").asText()),
        "the response shows the user");
  }

  /** As a person would: open "Authorize", paste the token into the Bearer field, apply, close. */
  private static void authorizeWithBearer(String token) {
    browser.click(".auth-wrapper .btn.authorize");
    browser.type(".modal-ux #auth-bearer-value", token);
    // Each scheme (Token, then Bearer) is a form with its own Authorize button.
    browser.click(".modal-ux .auth-container:has(#auth-bearer-value) .btn.authorize");
    browser.waitFor(".auth-wrapper .btn.authorize.locked");   // the padlock on the page's button closes once a scheme has a value
    browser.click(".modal-ux .btn-done");
    browser.waitUntilGone(".modal-ux");
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
