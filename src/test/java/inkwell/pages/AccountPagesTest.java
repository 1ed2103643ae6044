package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import inkwell.TestUsers;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AccountPagesTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();

  private static PageClient.Page register(PageClient browser, String username, String email, String password) {
    return browser.submit("/register", "/register", "username", username, "email", email, "password", password);
  }

  private static int apiUserStatus(String accessToken) {
    return new PageClient(server).send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.server.port() + "/api/user"))
        .header("Authorization", "Token " + accessToken).GET()).status();
  }

  @Test
  void the_register_form_has_labelled_fields_with_autocomplete_and_a_csrf_field() {
    var page = new PageClient(server).get("/register");
    assertEquals(200, page.status());
    for (String field : new String[] {"username", "email", "password"}) {
      assertTrue(page.body().contains("<label for=\"" + field + "\">"), field);
    }
    assertTrue(page.body().contains("autocomplete=\"new-password\""), page.body());
    assertNotNull(page.csrf());
    assertEquals("no-store", page.header("Cache-Control"));
  }

  @Test
  void registering_creates_the_account_signs_in_with_cookies_and_redirects_with_303() {
    var browser = new PageClient(server);
    String name = TestUsers.unique("formreg");
    var reply = register(browser, name, TestUsers.email(name), TestUsers.password(name));
    assertEquals(303, reply.status(), reply.body());
    assertEquals("/", reply.header("Location"));
    assertNotNull(browser.cookie("inkwell_access"));
    assertNotNull(browser.cookie("inkwell_refresh"));
    assertEquals(200, apiUserStatus(browser.cookie("inkwell_access")));
    assertTrue(browser.get("/").body().contains("@" + name), "the layout shows who is signed in");
  }

  @Test
  void a_taken_username_comes_back_on_the_form_with_422_and_the_values_but_not_the_password() {
    var first = PageClient.loggedInAs(server, "taken");
    var browser = new PageClient(server);
    String email = TestUsers.email(TestUsers.unique("other"));
    var reply = register(browser, first.username, email, "a secret password");
    assertEquals(422, reply.status(), reply.body());
    assertTrue(reply.body().contains("Username has already been taken"), reply.body());
    assertTrue(reply.body().contains("value=\"" + first.username + "\""), "username kept");
    assertTrue(reply.body().contains("value=\"" + email + "\""), "email kept");
    assertFalse(reply.body().contains("a secret password"), "password never shown back");
    assertTrue(reply.body().contains("href=\"#username\""), "the summary links to the field");
    assertNull(browser.cookie("inkwell_access"));
  }

  @Test
  void a_form_without_its_csrf_field_is_refused_with_403_and_creates_nothing() {
    var browser = new PageClient(server);
    browser.get("/register");   // has the cookie, but the form below does not carry its value
    String name = TestUsers.unique("nocsrf");
    var reply = browser.postForm("/register", "username", name, "email", TestUsers.email(name), "password", TestUsers.password(name));
    assertEquals(403, reply.status(), reply.body());
    assertTrue(reply.body().contains("security token"), reply.body());
    assertEquals(404, server.http.get("/api/profiles/" + name, null).status());
    var login = browser.postForm("/login", "csrf", "wrong-value-of-the-right-length", "email", "x@example.com", "password", "whatever1");
    assertEquals(403, login.status());
  }

  @Test
  void login_with_the_right_password_redirects_to_next_and_a_wrong_one_answers_401_on_the_form() {
    var user = server.register("formlogin");
    var browser = new PageClient(server);
    String email = user.get("email").asText();
    var wrong = browser.submit("/login", "/login", "email", email, "password", "not the password", "next", "/tokens");
    assertEquals(401, wrong.status(), wrong.body());
    assertTrue(wrong.body().contains("Wrong email or password."), wrong.body());
    assertTrue(wrong.body().contains("value=\"" + email + "\""), "email kept");
    assertTrue(wrong.body().contains("name=\"next\" value=\"/tokens\""), "next kept");
    var right = browser.submit("/login?next=/tokens", "/login", "email", email, "password", TestUsers.password(user), "next", "/tokens");
    assertEquals(303, right.status(), right.body());
    assertEquals("/tokens", right.header("Location"));
    assertEquals(200, browser.get("/tokens").status());
  }

  @Test
  void next_pointing_to_another_site_redirects_home() {
    var user = server.register("openredirect");
    for (String next : new String[] {"//evil.example", "https://evil.example/", "/\\evil.example"}) {
      var browser = new PageClient(server);
      var reply = browser.submit("/login", "/login", "email", user.get("email").asText(), "password", TestUsers.password(user), "next", next);
      assertEquals(303, reply.status(), reply.body());
      assertEquals("/", reply.header("Location"), next);
    }
    var form = new PageClient(server).get("/login?next=//evil.example");
    assertTrue(form.body().contains("name=\"next\" value=\"/\""), "the form never carries it either");
  }

  @Test
  void logout_ends_the_session_so_the_old_access_cookie_no_longer_works() {
    var browser = PageClient.loggedInAs(server, "formlogout");
    String access = browser.cookie("inkwell_access");
    assertEquals(200, apiUserStatus(access));
    var reply = browser.submit("/", "/logout");
    assertEquals(303, reply.status(), reply.body());
    assertEquals("/", reply.header("Location"));
    assertEquals(401, apiUserStatus(access));
    assertNull(browser.cookie("inkwell_access"), "the cookie was cleared");
  }

  @Test
  void logout_without_csrf_is_refused_and_the_session_lives() {
    var browser = PageClient.loggedInAs(server, "logoutcsrf");
    var reply = browser.postForm("/logout");
    assertEquals(403, reply.status(), reply.body());
    assertEquals(200, apiUserStatus(browser.cookie("inkwell_access")));
  }

  @Test
  void throttled_logins_answer_429_with_the_time_to_retry() {
    try (var limited = TestServer.start(Map.of("LOGIN_MAX_FAILURES", "2"))) {
      var user = limited.register("throttled");
      var browser = new PageClient(limited);
      String email = user.get("email").asText();
      for (int i = 0; i < 2; i++) {
        assertEquals(401, browser.submit("/login", "/login", "email", email, "password", "wrong password " + i).status());
      }
      var reply = browser.submit("/login", "/login", "email", email, "password", TestUsers.password(user));
      assertEquals(429, reply.status(), reply.body());
      assertNotNull(reply.header("Retry-After"));
      assertTrue(reply.body().contains("Too many failed attempts"), reply.body());
      assertTrue(reply.body().contains("You can try again in 15 minutes, at <time datetime="), reply.body());
      assertNull(browser.cookie("inkwell_access"));
    }
  }
}
