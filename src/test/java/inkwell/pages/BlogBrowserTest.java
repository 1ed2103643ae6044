package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Browser;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The blog's pages in a real browser, on a small blog with ordinary articles and one full of wide things (a long
 * unbroken word, a wide table, a long line of code): axe-core finds no serious or critical accessibility problem,
 * colours keep their contrast in light and dark mode, no page scrolls sideways on a 360 px phone, and screenshots of
 * each page at desktop and phone width land in target/screenshots for a person to look at.
 */
// The suite runs twice, on SQLite and then on PostgreSQL; these pages look the same on either, and a browser is slow,
// so this runs in the SQLite run only (BlogFlowBrowserTest covers both databases).
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres", disabledReason = "runs once, in the SQLite run")
class BlogBrowserTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();
  @RegisterExtension static final Browser browser = Browser.perClass();
  static final String WIDE_BODY = """
      A JWT is three base64url parts joined by dots. Here is one, unbroken, as it arrives in a header:
      eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxIiwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjE3MDAwMDA5MDAsInR5cGUiOiJhY2Nlc3MifQ.c2lnbmF0dXJlLWJ5dGVzLWdvLWhlcmUtYW5kLWFyZS1sb25n

      ## The claims

      | claim | name | example value | what the server does with it | when it changes |
      |-------|------|---------------|------------------------------|-----------------|
      | sub | subject | 1 | looks the user up by this id on every request | never for one user |
      | exp | expires at | 1700000900 | refuses the token after this second, give or take the leeway | at every renewal |
      | sid | session id | 5b0c3f1e-8a2d-4c1b-9f7e-2d6a1c0b9e8f | checks the login still exists, so logging out revokes it | at every login |

      ## By hand

      ```
      $ echo 'eyJzdWIiOiIxIiwiaWF0IjoxNzAwMDAwMDAwLCJleHAiOjE3MDAwMDA5MDAsInR5cGUiOiJhY2Nlc3MifQ' | base64 -d 2>/dev/null | python3 -m json.tool
      ```

      > The signature is the only part a reader cannot make. Everything else is *just JSON*.

      - Read the header: it names the algorithm.
      - Read the claims: `sub`, `exp`, `sid`.
      - Never trust either before the signature checks out.
      """;
  static String base;
  static String wideSlug;

  @BeforeAll
  static void aSmallBlog() {
    base = BrowserSignIn.base(server);
    String ada = token("ada");
    String grace = token("grace");
    post(grace, "Markdown in ten minutes", "Headings, lists, links and code: all a blog post needs.",
        "Start with a paragraph. Add a `## heading`, a list, a [link](https://commonmark.org).", "markdown", "writing");
    post(grace, "Why drafts matter", "Write badly first, in private, then publish the good version.",
        "A draft is seen by its author only, until the day it is published.", "writing");
    wideSlug = post(ada, "Reading a JWT by hand", "Three parts, two of them plain JSON: what each claim is for.",
        WIDE_BODY, "jwt", "security");
    Blog.favorite(server, grace, wideSlug);
    Blog.postComment(server, grace, wideSlug, "The table of claims is exactly what I needed. Thank you!");
    Blog.follow(server, ada, "grace");
    var draft = server.http.post("/api/articles", ada, inkwell.Http.json(Map.of("article", Map.of("title", "Refresh tokens, rotated",
        "description", "Half written.", "body", "Every refresh gives a new one.", "tagList", List.of("jwt"), "draft", true))));
    assertEquals(201, draft.status(), draft.body());
  }

  @AfterEach
  void backToDesktopAndLight() {
    browser.desktop();
    browser.colorScheme("light");
  }

  /** Every kind of page, as ada sees them; then the two forms of someone signed out. */
  static List<String> pages() {
    return List.of("/", "/articles/" + wideSlug, "/tags/jwt", "/@ada", "/editor", "/editor/" + wideSlug, "/drafts", "/feed",
        "/tokens", "/settings", "/settings/sessions", "/no-such-page", "signed out", "/login", "/register");
  }

  /** The pages whose screenshots someone should look at, and which get the slower second looks (dark, phone). */
  static List<String> mainPages() {
    return List.of("/", "/articles/" + wideSlug, "/editor/" + wideSlug, "/tokens", "/login");
  }

  @Test
  void at_desktop_width_axe_finds_no_serious_or_critical_problem_and_text_has_contrast() {
    BrowserSignIn.as(browser, server, "ada");
    for (String path : pages()) {
      if (signOut(path)) continue;
      open(path);
      assertEquals(List.of(), PageChecks.axeViolations(browser), path);
      assertEquals(List.of(), PageChecks.basics(browser), path);
      assertContrast(path);
      if (mainPages().contains(path)) browser.screenshot(name(path) + "-desktop");
    }
  }

  @Test
  void in_dark_mode_every_colour_still_has_contrast() {
    BrowserSignIn.as(browser, server, "ada");
    browser.colorScheme("dark");
    for (String path : mainPages()) {
      open(path);
      assertEquals(List.of(), PageChecks.axeViolations(browser, "color-contrast"), "dark " + path);
      assertContrast("dark " + path);
      if (path.startsWith("/articles/")) browser.screenshot("article-desktop-dark");
    }
  }

  @Test
  void on_a_360_px_phone_no_page_scrolls_sideways_and_what_scrolls_inside_takes_the_keyboard() {
    BrowserSignIn.as(browser, server, "ada");
    browser.phone();
    for (String path : pages()) {
      if (signOut(path)) continue;
      open(path);
      assertEquals(List.of(), PageChecks.sidewaysScroll(browser), path);
      if (!mainPages().contains(path)) continue;
      assertEquals(List.of(), PageChecks.axeViolations(browser, "scrollable-region-focusable", "target-size"), "phone " + path);
      browser.screenshot(name(path) + "-phone");
    }
  }

  /** At "signed out" in the list of pages, drops the cookies, and says it was no page. */
  private static boolean signOut(String path) {
    if (!path.equals("signed out")) return false;
    browser.driver().manage().deleteAllCookies();
    return true;
  }

  private static void open(String path) {
    browser.open(base + path);
    browser.waitFor("main h1");
  }

  /** Body text, links and muted text against the background: WCAG AA's 4.5:1. */
  private static void assertContrast(String where) {
    PageChecks.contrast(browser).forEach((what, ratio) ->
        assertTrue(ratio.doubleValue() >= 4.5, where + ": " + what + " has contrast " + ratio + ", under 4.5:1"));
  }

  /** target/screenshots/home-desktop.png and so on. */
  private static String name(String path) {
    if (path.equals("/")) return "home";
    if (path.startsWith("/articles/")) return "article";
    if (path.startsWith("/editor/")) return "editor-edit";
    return path.substring(1).replace('/', '-').replace("@", "profile-");
  }

  /** Registers {@code username} (kit password) through the API; returns its token. */
  static String token(String username) {
    var reply = TestUsers.tryRegister(server.http, TestUsers.newUser(username));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().at("/user/token").asText();
  }

  static String post(String token, String title, String description, String body, String... tags) {
    var reply = server.http.post("/api/articles", token, Blog.articleJson(title, description, body, List.of(tags)));
    assertEquals(201, reply.status(), reply.body());
    return reply.json().at("/article/slug").asText();
  }

}
