package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Browser;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** With JavaScript turned off in the browser, the blog still reads, and writing works by plain HTML form posts. */
// Pages render the same on either database and a browser is slow: the SQLite run only (BlogFlowBrowserTest runs on both).
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres", disabledReason = "runs once, in the SQLite run")
class NoJavaScriptBrowserTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();
  @RegisterExtension static final Browser browser = Browser.perClassWithoutJavaScript();
  static String base;
  static String author;

  @BeforeAll
  static void anArticle() {
    base = BrowserSignIn.base(server);
    author = TestUsers.unique("nojs");
    var reply = TestUsers.tryRegister(server.http, TestUsers.newUser(author));
    assertEquals(201, reply.status(), reply.body());
    var body = "## A heading\n\nSome *emphasis*, a `code span` and a table:\n\n| a | b |\n|---|---|\n| 1 | 2 |\n";
    var posted = server.http.post("/api/articles", reply.json().at("/user/token").asText(),
        Blog.articleJson("Readable without scripts", "Plain HTML all the way", body, List.of("plain")));
    assertEquals(201, posted.status(), posted.body());
  }

  @Test
  void the_browser_really_runs_no_page_script() {
    BrowserSignIn.as(browser, server, author);
    browser.open(base + "/tokens");
    // site.js would replace this with a live "N s" countdown and show the renewal button.
    assertTrue(browser.text("#countdown").startsWith("until "), browser.text("#countdown"));
    assertTrue(browser.all("#renew-button").stream().noneMatch(b -> b.isDisplayed()), "the script-only button stays hidden");
  }

  @Test
  void a_writer_logs_in_previews_and_publishes_an_article_with_plain_form_posts() {
    browser.driver().manage().deleteAllCookies();
    browser.open(base + "/editor");   // signed out: the login form, which comes back here
    browser.type("#email", TestUsers.email(author));
    browser.type("#password", TestUsers.password(author));
    browser.clickToNewPage("form[action='/login'] button[type=submit]");
    assertEquals("/editor", browser.path());
    browser.type("#title", "Written without scripts");
    browser.type("#description", "Forms are enough");
    browser.type("#body", "Plain **HTML** forms.");
    browser.type("#tags", "plain, forms");
    browser.clickToNewPage("#preview-submit");   // the server-side preview: the page comes back with the values kept
    assertEquals("HTML", browser.text("#preview strong"));
    assertEquals("Written without scripts", browser.waitFor("#title").getDomProperty("value"));
    browser.clickToNewPage(".editor .actions button[type=submit]:not([name])");
    assertEquals("Written without scripts", browser.text("main h1"));
    assertEquals("HTML", browser.text(".post .body strong"));
  }

  @Test
  void a_reader_finds_the_article_on_the_home_page_and_reads_it_rendered() {
    browser.driver().manage().deleteAllCookies();
    browser.open(base + "/");
    browser.clickToNewPage(".preview h2 a[href*='readable-without-scripts']");
    assertEquals("Readable without scripts", browser.text("main h1"));
    assertEquals("A heading", browser.text(".post .body h2"));
    assertEquals("emphasis", browser.text(".post .body em"));
    assertEquals("code span", browser.text(".post .body code"));
    assertEquals("2", browser.text(".post .body table td:last-child"));
  }
}
