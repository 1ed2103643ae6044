package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.Browser;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The whole blog in a real browser, as two people use it, through its forms only (once on each database): a writer
 * registers, writes an article with Markdown and tags, finds it on the home page, its tag page and the feed, edits
 * it, keeps a second one as a draft; a reader registers, comments, favourites, follows, and cannot see the draft
 * (nor can an anonymous reader) until the writer publishes it; the writer watches the token inspector renew an
 * expired access token, and logs out. Access tokens live 2 s here, so every step also runs on renewed tokens.
 */
class BlogFlowBrowserTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass(Map.of("ACCESS_TOKEN_TTL", "2s", "TOKEN_LEEWAY", "0"));
  @RegisterExtension
  static final Browser browser = Browser.perClass();
  static final String BODY = "## Why a flow test\n\nBecause *each* page works alone and still the **whole** can fail.\n\n- register\n- write";

  @Test
  void a_writer_and_a_reader_use_the_blog_from_register_to_log_out() {
    String writer = TestUsers.unique("writer");
    String reader = TestUsers.unique("reader");
    String tag = Blog.uniqueTag("flow");

    register(writer);
    String slug = write("A flow through the blog", BODY, tag + ", browsers", false);
    assertEquals("Why a flow test", browser.text(".post .body h2"), "Markdown rendered");
    assertEquals("each", browser.text(".post .body em"));
    assertListed("/", "A flow through the blog");
    assertListed("/tags/" + tag, "A flow through the blog");
    assertTrue(server.http.get("/feed.xml", null).body().contains("A flow through the blog"), "in the Atom feed");

    open("/articles/" + slug);
    browser.clickToNewPage(".actions a[href='/editor/" + slug + "']");
    browser.type("#body", BODY + "\n\nEdited: one more paragraph.");
    browser.clickToNewPage(".editor .actions button[type=submit]:not([name])");
    assertTrue(browser.text(".post .body").contains("Edited: one more paragraph."), "the edit shows");

    String draft = write("Not ready yet", "A half-finished thought.", tag, true);
    assertEquals("Not ready yet", browser.text("main h1"));
    browser.waitFor("#draft-notice");
    open("/drafts");
    assertEquals("Not ready yet", browser.text("main .preview h2 a"));
    logOut();

    assertCannotSee(draft, tag, "an anonymous reader");
    register(reader);
    assertCannotSee(draft, tag, "another user");
    open("/articles/" + slug);
    browser.type("#comment-body", "Read it twice. Well done!");
    browser.clickToNewPage(".comment-form button[type=submit]");
    assertEquals("Read it twice. Well done!", browser.text(".comment-list .comment-body"));
    browser.clickToNewPage("form[action$='/favorite'] button");
    assertTrue(browser.text("form[action$='/favorite'] button").contains("Unfavourite (1)"), browser.text("form[action$='/favorite'] button"));
    browser.clickToNewPage("form[action$='/follow'] button");
    assertEquals("Unfollow " + writer, browser.text("form[action$='/follow'] button"));
    commentWithoutCsrfIsRefused(slug);
    assertListed("/feed", "A flow through the blog");
    logOut();

    logIn(writer);
    open("/drafts");
    browser.clickToNewPage("main .preview h2 a");
    browser.check("#draft", false);
    browser.clickToNewPage(".editor .actions button[type=submit]:not([name])");
    assertFalse(browser.all("#draft-notice").stream().anyMatch(e -> e.isDisplayed()), "published: no draft notice");
    assertListed("/tags/" + tag, "Not ready yet");

    watchRenewalOnTokens();
    browser.clickToNewPage("main form[action='/logout'] button");
    open("/tokens");
    assertTrue(browser.path().startsWith("/login"), "logged out: /tokens sends to the login form, at " + browser.path());
    assertListed("/", "Not ready yet");   // and an anonymous reader sees the published draft now
  }

  private static void register(String username) {
    open("/register");
    browser.type("#username", username);
    browser.type("#email", TestUsers.email(username));
    browser.type("#password", TestUsers.password(username));
    browser.clickToNewPage("form[action='/register'] button[type=submit]");
    assertEquals("@" + username, browser.text("header.site a[href='/@" + username + "']"), "signed in after registering");
  }

  private static void logIn(String username) {
    open("/login");
    browser.type("#email", TestUsers.email(username));
    browser.type("#password", TestUsers.password(username));
    browser.clickToNewPage("form[action='/login'] button[type=submit]");
    assertEquals("@" + username, browser.text("header.site a[href='/@" + username + "']"), "signed in after logging in");
  }

  private static void logOut() {
    browser.clickToNewPage("header.site form[action='/logout'] button");
    browser.waitFor("header.site a[href='/login']");
  }

  /** Writes a new article in the editor and saves it; returns its slug (the editor leads to the article's page). */
  private static String write(String title, String body, String tags, boolean draft) {
    browser.clickToNewPage("header.site a[href='/editor']");
    browser.type("#title", title);
    browser.type("#description", "About " + title);
    browser.type("#body", body);
    browser.type("#tags", tags);
    browser.check("#draft", draft);
    browser.clickToNewPage(".editor .actions button[type=submit]:not([name])");
    assertEquals(title, browser.text("main h1"));
    assertTrue(browser.path().startsWith("/articles/"), "after saving: " + browser.path());
    return browser.path().substring("/articles/".length());
  }

  private static void assertListed(String path, String title) {
    open(path);
    assertTrue(browser.all("main .preview h2 a").stream().anyMatch(a -> a.getText().equals(title)), title + " listed on " + path);
  }

  /** A draft is in no list, no feed and not at its address for anyone but its author. */
  private static void assertCannotSee(String draftSlug, String tag, String who) {
    open("/articles/" + draftSlug);
    assertTrue(browser.text("main h1").contains("not found") || browser.text("main h1").contains("Not found"),
        who + " gets a not-found page for a draft, not " + browser.text("main h1"));
    for (String path : new String[] {"/", "/tags/" + tag}) {
      open(path);
      assertFalse(browser.driver().getPageSource().contains("Not ready yet"), who + " sees the draft on " + path);
    }
    assertFalse(server.http.get("/feed.xml", null).body().contains("Not ready yet"), "the draft is not in the feed");
  }

  /** Takes the csrf field out of the comment form, as a forged form would lack it: 403 page, no comment added. */
  private static void commentWithoutCsrfIsRefused(String slug) {
    int before = Blog.commentIds(Blog.comments(server, slug, null)).size();
    browser.type("#comment-body", "A forged comment");
    browser.script("document.querySelector('.comment-form input[name=csrf]').remove()");
    browser.clickToNewPage(".comment-form button[type=submit]");
    assertTrue(browser.text("main h1").length() > 0);
    assertEquals(Long.valueOf(403), browser.script("""
        return performance.getEntriesByType('navigation')[0].responseStatus;"""), "the forged post's answer");
    assertEquals(before, Blog.commentIds(Blog.comments(server, slug, null)).size(), "no comment was added");
  }

  /** On /tokens, waits out the 2 s access token and presses "Call the API now": the server renews it on that call. */
  private static void watchRenewalOnTokens() {
    open("/tokens");
    // java-jwt compares whole seconds: wait until the countdown is clearly past exp, not at its last tick
    browser.waitUntil("the countdown to pass expiry", d -> browser.text("#countdown").matches("expired ([2-9]|\\d\\d+) s ago"));
    browser.click("#renew-button");
    String log = browser.waitUntil("the renewal log", d -> {
      String text = d.findElement(org.openqa.selenium.By.id("renew-log")).getText();
      return text.isBlank() ? null : text;
    });
    assertTrue(log.contains("had expired") && log.contains("Set-Cookie: inkwell_access"), log);
    browser.screenshot("tokens-renewed-desktop");
  }

  private static void open(String path) {
    browser.open(BrowserSignIn.base(server) + path);
  }
}
