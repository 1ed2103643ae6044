package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Blog;
import inkwell.TestServer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The editor, comments, favourites, follows, the feed and drafts, through HTML forms as a browser without JavaScript. */
class WriterPagesTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();

  private static final Pattern ARTICLE = Pattern.compile("^/articles/([^/#?]+)$");

  /** Writes an article through the editor form, asserting the 303 to its page; returns its slug. */
  private static String write(PageClient author, String title, String body, String tags, boolean draft) {
    var reply = draft
        ? author.submit("/editor", "/editor", "title", title, "description", "About " + title, "body", body, "tags", tags, "draft", "true")
        : author.submit("/editor", "/editor", "title", title, "description", "About " + title, "body", body, "tags", tags);
    assertEquals(303, reply.status(), reply.body());
    var m = ARTICLE.matcher(reply.header("Location"));
    assertTrue(m.matches(), reply.header("Location"));
    return m.group(1);
  }

  private static long articlesBy(String username) {
    var reply = server.http.get("/api/articles?author=" + username, null);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().get("articlesCount").asLong();
  }

  @Test
  void an_article_written_in_the_editor_shows_rendered_markdown_and_tags_and_is_on_the_home_page() {
    var ana = PageClient.loggedInAs(server, "writer");
    String tag = Blog.uniqueTag("ed");
    String slug = write(ana, "Editor post", "Some **bold** words\n\n| a | b |\n|---|---|\n| 1 | 2 |", tag + ", Second  third", false);

    var page = new PageClient(server).get("/articles/" + slug);
    assertEquals(200, page.status());
    assertTrue(page.body().contains("<strong>bold</strong>"), page.body());
    assertTrue(page.body().contains("<table tabindex=\"0\">"), "GFM tables (focusable, as they may scroll sideways)");
    for (String t : new String[] {tag, "second", "third"}) {
      assertTrue(page.body().contains("<a href=\"/tags/" + t + "\">" + t + "</a>"), "tag " + t);
    }
    assertTrue(new PageClient(server).get("/").body().contains("Editor post"), "on the home page");
  }

  @Test
  void the_author_edits_the_article_in_a_form_filled_with_its_values() {
    var ana = PageClient.loggedInAs(server, "writer");
    String slug = write(ana, "Before edit", "Old body", "one two", false);
    var form = ana.get("/editor/" + slug);
    assertEquals(200, form.status());
    assertEquals("no-store", form.header("Cache-Control"));
    assertTrue(form.body().contains("value=\"Before edit\""), form.body());
    assertTrue(form.body().contains("value=\"one two\""), "tags as typed");
    assertTrue(form.body().contains(">\nOld body</textarea>"), form.body());

    var reply = ana.submit("/editor/" + slug, "/editor/" + slug,
        "title", "After edit", "description", "New description", "body", "New _body_", "tags", "three");
    assertEquals(303, reply.status(), reply.body());
    String newSlug = reply.header("Location").substring("/articles/".length());
    var page = ana.get("/articles/" + newSlug);
    assertTrue(page.body().contains("<em>body</em>"), page.body());
    assertTrue(page.body().contains("/tags/three"));
    assertFalse(page.body().contains("/tags/one"), "tags replaced");
  }

  @Test
  void someone_else_gets_403_on_the_editor_and_cannot_save_or_delete() {
    var ana = PageClient.loggedInAs(server, "writer");
    var bob = PageClient.loggedInAs(server, "other");
    String slug = write(ana, "Not yours", "Body", "", false);
    assertEquals(403, bob.get("/editor/" + slug).status());
    var save = bob.submit("/editor", "/editor/" + slug, "title", "Taken", "description", "d", "body", "b", "tags", "");
    assertEquals(403, save.status());
    assertEquals(403, bob.submit("/editor", "/editor/" + slug + "/delete").status());
    assertTrue(new PageClient(server).get("/articles/" + slug).body().contains("Not yours"));
  }

  @Test
  void a_form_with_errors_comes_back_422_with_the_values_kept_and_the_errors_beside_the_fields() {
    var ana = PageClient.loggedInAs(server, "writer");
    var reply = ana.submit("/editor", "/editor", "title", "Kept <title>", "description", " ", "body", "Kept body", "tags", "x".repeat(41));
    assertEquals(422, reply.status());
    assertTrue(reply.body().contains("value=\"Kept &lt;title>\""), reply.body());
    assertTrue(reply.body().contains(">\nKept body</textarea>"));
    assertTrue(reply.body().contains("<p class=\"field-error\">Description can&#39;t be blank</p>")
        || reply.body().contains("<p class=\"field-error\">Description can't be blank</p>"), reply.body());
    assertTrue(reply.body().contains("<a href=\"#tags\">Tags has a tag longer than 40 characters</a>"), reply.body());
    assertEquals(0, articlesBy(ana.username), "nothing saved");
  }

  @Test
  void a_post_without_csrf_is_refused_with_a_403_page_and_saves_nothing() {
    var ana = PageClient.loggedInAs(server, "writer");
    long before = articlesBy(ana.username);
    var reply = ana.postForm("/editor", "title", "Forged", "description", "d", "body", "b", "tags", "");
    assertEquals(403, reply.status());
    assertTrue(reply.header("Content-Type").startsWith("text/html"), reply.header("Content-Type"));
    assertTrue(reply.body().contains("security token"), reply.body());
    var wrong = ana.postForm("/editor", "csrf", "not-the-token", "title", "Forged", "description", "d", "body", "b");
    assertEquals(403, wrong.status());
    assertEquals(before, articlesBy(ana.username));
  }

  @Test
  void the_author_deletes_an_article_from_its_page() {
    var ana = PageClient.loggedInAs(server, "writer");
    String slug = write(ana, "To delete", "Body", "", false);
    var reply = ana.submit("/articles/" + slug, "/editor/" + slug + "/delete");
    assertEquals(303, reply.status());
    assertEquals("/", reply.header("Location"));
    assertEquals(404, new PageClient(server).get("/articles/" + slug).status());
  }

  @Test
  void a_comment_is_added_and_deleted_through_the_article_page() {
    var ana = PageClient.loggedInAs(server, "writer");
    var bob = PageClient.loggedInAs(server, "reader");
    String slug = write(ana, "Commented", "Body", "", false);

    var added = bob.submit("/articles/" + slug, "/articles/" + slug + "/comments", "body", "Nice <b>post</b>");
    assertEquals(303, added.status(), added.body());
    var location = Pattern.compile("^/articles/" + slug + "#comment-(\\d+)$").matcher(added.header("Location"));
    assertTrue(location.matches(), added.header("Location"));
    String id = location.group(1);
    var page = new PageClient(server).get("/articles/" + slug);
    assertTrue(page.body().contains("id=\"comment-" + id + "\""));
    assertTrue(page.body().contains("Nice &lt;b&gt;post&lt;/b&gt;"), "escaped");

    assertEquals(403, ana.submit("/articles/" + slug, "/articles/" + slug + "/comments/" + id + "/delete").status(),
        "only the comment's author (or an admin)");
    var deleted = bob.submit("/articles/" + slug, "/articles/" + slug + "/comments/" + id + "/delete");
    assertEquals(303, deleted.status());
    assertEquals("/articles/" + slug + "#comments", deleted.header("Location"));
    assertFalse(new PageClient(server).get("/articles/" + slug).body().contains("id=\"comment-" + id + "\""));
  }

  @Test
  void a_blank_comment_comes_back_422_with_the_text_kept() {
    var ana = PageClient.loggedInAs(server, "writer");
    String slug = write(ana, "Blank comment", "Body", "", false);
    var reply = ana.submit("/articles/" + slug, "/articles/" + slug + "/comments", "body", "   ");
    assertEquals(422, reply.status());
    assertTrue(reply.body().contains("can&#39;t be blank") || reply.body().contains("can't be blank"), reply.body());
    assertTrue(reply.body().contains(">\n   </textarea>"), reply.body());
    var tooLong = ana.submit("/articles/" + slug, "/articles/" + slug + "/comments", "body", "y".repeat(10_001));
    assertEquals(422, tooLong.status());
    assertTrue(tooLong.body().contains("y".repeat(10_001)), "text kept");
    assertTrue(Blog.commentIds(Blog.comments(server, slug, null)).isEmpty());
  }

  @Test
  void the_favourite_button_toggles_the_count() {
    var ana = PageClient.loggedInAs(server, "writer");
    var bob = PageClient.loggedInAs(server, "fan");
    String slug = write(ana, "Favourite me", "Body", "", false);
    var on = bob.submit("/articles/" + slug, "/articles/" + slug + "/favorite", "favorite", "true");
    assertEquals(303, on.status());
    assertEquals("/articles/" + slug, on.header("Location"));
    assertTrue(bob.get("/articles/" + slug).body().contains("Unfavourite (1)"));
    assertTrue(new PageClient(server).get("/articles/" + slug).body().contains("♥ 1 favourites"));
    bob.submit("/articles/" + slug, "/articles/" + slug + "/favorite", "favorite", "false");
    assertTrue(bob.get("/articles/" + slug).body().contains("Favourite (0)"));
    assertEquals(422, bob.submit("/articles/" + slug, "/articles/" + slug + "/favorite", "favorite", "maybe").status());
  }

  @Test
  void following_the_author_puts_their_articles_on_my_feed() {
    var ana = PageClient.loggedInAs(server, "writer");
    var bob = PageClient.loggedInAs(server, "follower");
    String slug = write(ana, "Followed post", "Body", "", false);
    assertFalse(bob.get("/feed").body().contains("Followed post"));

    var follow = bob.submit("/articles/" + slug, "/@" + ana.username + "/follow", "follow", "true", "back", "/articles/" + slug);
    assertEquals(303, follow.status());
    assertEquals("/articles/" + slug, follow.header("Location"));
    var feed = bob.get("/feed");
    assertEquals(200, feed.status());
    assertEquals("no-store", feed.header("Cache-Control"));
    assertTrue(feed.body().contains("href=\"/articles/" + slug + "\""), feed.body());
    assertTrue(bob.get("/articles/" + slug).body().contains("Unfollow " + ana.username));

    var away = bob.submit("/feed", "/@" + ana.username + "/follow", "follow", "false", "back", "https://evil.example/");
    assertEquals("/", away.header("Location"), "back is only ever a local path");
    assertFalse(bob.get("/feed").body().contains("Followed post"));
    assertEquals(303, new PageClient(server).get("/feed").status(), "anonymous: to the login form");
  }

  @Test
  void a_draft_is_seen_only_by_its_author_until_it_is_published() {
    var ana = PageClient.loggedInAs(server, "writer");
    var bob = PageClient.loggedInAs(server, "other");
    String tag = Blog.uniqueTag("draft");
    String slug = write(ana, "Secret draft", "Not yet", tag, true);

    var own = ana.get("/articles/" + slug);
    assertEquals(200, own.status());
    assertTrue(own.body().contains("Draft: only you can see this page"));
    assertTrue(ana.get("/editor/" + slug).body().contains("name=\"draft\" value=\"true\" checked"), "the box stays ticked");
    var drafts = ana.get("/drafts");
    assertTrue(drafts.body().contains("href=\"/editor/" + slug + "\""), drafts.body());
    assertEquals(404, bob.get("/articles/" + slug).status());
    assertEquals(404, new PageClient(server).get("/articles/" + slug).status());
    assertEquals(404, bob.get("/editor/" + slug).status());
    assertFalse(new PageClient(server).get("/").body().contains("Secret draft"));
    assertFalse(bob.get("/").body().contains("Secret draft"));
    assertFalse(bob.get("/drafts").body().contains("Secret draft"));

    var publish = ana.submit("/editor/" + slug, "/editor/" + slug,
        "title", "Secret draft", "description", "Now public", "body", "Out now", "tags", tag);
    assertEquals(303, publish.status(), publish.body());
    assertTrue(new PageClient(server).get("/").body().contains("Secret draft"), "published: on the home page");
    assertEquals(200, bob.get("/articles/" + slug).status());
    assertFalse(ana.get("/drafts").body().contains("href=\"/editor/" + slug + "\""));
  }

  @Test
  void the_preview_is_sanitised_html_and_saves_nothing() {
    var ana = PageClient.loggedInAs(server, "writer");
    String body = "# Hi\n\n<script>alert(1)</script>\n\nA <img src=x onerror=alert(2)> and [a link](javascript:alert(3))";
    var fragment = ana.submit("/editor", "/editor/preview", "body", body);
    assertEquals(200, fragment.status(), fragment.body());
    assertTrue(fragment.header("Content-Type").startsWith("text/html"));
    assertEquals("no-store", fragment.header("Cache-Control"));
    assertTrue(fragment.body().contains("<h1>Hi</h1>"), fragment.body());
    assertFalse(fragment.body().contains("<script"), fragment.body());
    assertFalse(fragment.body().contains("onerror"), fragment.body());
    assertFalse(fragment.body().contains("href=\"javascript"), fragment.body());
    assertTrue(fragment.body().contains("a link"), fragment.body());
    assertEquals(403, ana.postForm("/editor/preview", "body", "x").status(), "csrf checked");

    var noScript = ana.submit("/editor", "/editor", "title", "Previewed", "description", "d", "body", body, "tags", "", "action", "preview");
    assertEquals(200, noScript.status());
    assertTrue(noScript.body().contains("<h1>Hi</h1>"));
    assertFalse(noScript.body().contains("<script>alert"), "escaped in the textarea, dropped from the preview");
    assertTrue(noScript.body().contains("value=\"Previewed\""));
    assertEquals(0, articlesBy(ana.username));
  }

  @Test
  void an_article_whose_slug_is_preview_is_still_saved_from_its_editor() {
    var ana = PageClient.loggedInAs(server, "writer");
    String slug = write(ana, "Preview", "First", "", false);
    assertEquals("preview", slug, "the case this test is about");
    var form = ana.get("/editor/" + slug);
    assertTrue(form.body().contains("action=\"/editor/" + slug + "\""), form.body());
    var reply = ana.submit("/editor/" + slug, "/editor/" + slug, "title", "Preview", "description", "d", "body", "Second", "tags", "");
    assertEquals(303, reply.status(), reply.body());
    assertTrue(ana.get(reply.header("Location")).body().contains("<p>Second</p>"));
  }
}
