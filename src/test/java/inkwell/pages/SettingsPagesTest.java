package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import inkwell.TestUsers;
import java.util.ArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SettingsPagesTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();
  private static final Pattern SESSION_FIELD = Pattern.compile("name=\"session\" value=\"([^\"]+)\"");

  private static String apiUser(PageClient browser) {
    var reply = server.http.get("/api/user", browser.cookie("inkwell_access"));
    return reply.status() == 200 ? reply.body() : "status " + reply.status();
  }

  /** The settings form with every field as the page shows it, then these changes. */
  private static PageClient.Page save(PageClient browser, String... changes) {
    var form = new ArrayList<String>(java.util.List.of("image", "", "username", browser.username, "bio", "",
        "email", TestUsers.email(browser.username), "password", "", "currentPassword", ""));
    for (int i = 0; i < changes.length; i += 2) form.set(form.indexOf(changes[i]) + 1, changes[i + 1]);
    return browser.submit("/settings", "/settings", form.toArray(String[]::new));
  }

  @Test
  void an_anonymous_reader_is_sent_to_log_in() {
    var reply = new PageClient(server).get("/settings");
    assertEquals(303, reply.status());
    assertEquals("/login?next=%2Fsettings", reply.header("Location"));
  }

  @Test
  void saving_a_new_bio_redirects_with_a_notice_and_changes_the_profile() {
    var browser = PageClient.loggedInAs(server, "bio");
    var reply = save(browser, "bio", "I write <b>things</b>.");
    assertEquals(303, reply.status(), reply.body());
    assertEquals("/settings?saved=1", reply.header("Location"));
    assertTrue(apiUser(browser).contains("\"bio\":\"I write <b>things</b>.\""), apiUser(browser));
    var page = browser.get("/settings?saved=1");
    assertTrue(page.body().contains("Your settings have been saved."));
    assertTrue(page.body().contains("I write &lt;b&gt;things&lt;/b&gt;."), "escaped in the textarea");
  }

  @Test
  void an_email_change_needs_the_current_password_and_changes_nothing_without_it() {
    var browser = PageClient.loggedInAs(server, "email");
    String newEmail = TestUsers.email(TestUsers.unique("moved"));
    var without = save(browser, "email", newEmail, "bio", "changed along");
    assertEquals(422, without.status(), without.body());
    assertTrue(without.body().contains("Current password can't be blank"), without.body());
    assertTrue(without.body().contains("value=\"" + newEmail + "\""), "the typed email is kept");
    var wrong = save(browser, "email", newEmail, "currentPassword", "not my password");
    assertEquals(422, wrong.status(), wrong.body());
    assertTrue(wrong.body().contains("Current password is incorrect"), wrong.body());
    assertTrue(apiUser(browser).contains(TestUsers.email(browser.username)), "email unchanged");
    assertFalse(apiUser(browser).contains("changed along"), "nothing else saved either");
    var right = save(browser, "email", newEmail, "currentPassword", TestUsers.password(browser.username));
    assertEquals(303, right.status(), right.body());
    assertTrue(apiUser(browser).contains(newEmail), apiUser(browser));
  }

  @Test
  void a_new_password_signs_out_every_other_login_and_keeps_this_browser_signed_in() {
    var browser = PageClient.loggedInAs(server, "newpass");
    var elsewhere = new PageClient(server);
    elsewhere.username = browser.username;
    assertEquals(303, elsewhere.submit("/login", "/login", "email", TestUsers.email(browser.username),
        "password", TestUsers.password(browser.username)).status());
    var short1 = save(browser, "password", "short", "currentPassword", TestUsers.password(browser.username));
    assertEquals(422, short1.status(), short1.body());
    var reply = save(browser, "password", "a brand new password", "currentPassword", TestUsers.password(browser.username));
    assertEquals(303, reply.status(), reply.body());
    assertTrue(apiUser(browser).contains(browser.username), "this browser has a new login");
    assertEquals("status 401", apiUser(elsewhere), "the other login ended");
  }

  @Test
  void the_sessions_page_lists_both_logins_and_ends_the_other_one() {
    var phone = PageClient.loggedInAs(server, "devices");
    var laptop = new PageClient(server);
    laptop.username = phone.username;
    assertEquals(303, laptop.submit("/login", "/login", "email", TestUsers.email(phone.username),
        "password", TestUsers.password(phone.username)).status());
    var page = laptop.get("/settings/sessions");
    assertEquals(200, page.status(), page.body());
    assertEquals("no-store", page.header("Cache-Control"));
    var ids = SESSION_FIELD.matcher(page.body()).results().map(m -> m.group(1)).toList();
    assertEquals(2, ids.size(), page.body());
    assertTrue(page.body().contains("(this device)"), page.body());
    assertTrue(page.body().contains("Java-http-client"), "the user agent is shown");
    String phoneSession = TestUsers.sessionOf(phone.cookie("inkwell_access"));
    assertTrue(ids.contains(phoneSession));

    var ended = laptop.submit("/settings/sessions", "/settings/sessions/logout", "session", phoneSession);
    assertEquals(303, ended.status(), ended.body());
    assertEquals("status 401", apiUser(phone), "the phone's login ended");
    assertTrue(apiUser(laptop).contains(phone.username), "the laptop's goes on");
    assertEquals(1, SESSION_FIELD.matcher(laptop.get("/settings/sessions").body()).results().count());
  }

  @Test
  void someone_elses_session_is_not_found_and_stays_alive() {
    var victim = PageClient.loggedInAs(server, "victim");
    var other = PageClient.loggedInAs(server, "other");
    var reply = other.submit("/settings/sessions", "/settings/sessions/logout",
        "session", TestUsers.sessionOf(victim.cookie("inkwell_access")));
    assertEquals(404, reply.status(), reply.body());
    assertTrue(apiUser(victim).contains(victim.username));
  }

  @Test
  void log_out_everywhere_else_keeps_only_this_login() {
    var first = PageClient.loggedInAs(server, "everywhere");
    var second = new PageClient(server);
    second.username = first.username;
    second.submit("/login", "/login", "email", TestUsers.email(first.username), "password", TestUsers.password(first.username));
    var reply = second.submit("/settings/sessions", "/settings/sessions/logout-others");
    assertEquals(303, reply.status(), reply.body());
    assertEquals("status 401", apiUser(first));
    assertTrue(apiUser(second).contains(first.username));
  }
}
