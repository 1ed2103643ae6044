package inkwell.pages;

import inkwell.Browser;
import inkwell.TestServer;
import inkwell.TestUsers;
import java.net.URI;
import java.net.http.HttpRequest;
import org.openqa.selenium.Cookie;

/**
 * Signs a {@link Browser} in without its login form (for tests about other pages): a login through the API's cookie
 * mode, whose cookies are then handed to the browser just as the server set them (HttpOnly ones included).
 */
final class BrowserSignIn {
  private BrowserSignIn() {}

  /** Signs {@code browser} in as {@code username}, a user made with the kit's password (TestUsers). */
  static void as(Browser browser, TestServer server, String username) {
    var client = new PageClient(server);
    var reply = client.send(HttpRequest.newBuilder(URI.create(base(server) + "/api/users/login?cookie=true"))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(TestUsers.credentials(TestUsers.email(username), TestUsers.password(username)))));
    if (reply.status() != 200) throw new AssertionError("login of " + username + " failed: " + reply.status() + " " + reply.body());
    browser.open(base(server) + "/health");   // a browser takes cookies only for the site it is on
    var jar = browser.driver().manage();
    jar.deleteAllCookies();
    for (var c : client.cookies.getCookieStore().getCookies()) {
      jar.addCookie(new Cookie.Builder(c.getName(), c.getValue()).path("/").isHttpOnly(c.isHttpOnly()).sameSite("Lax").build());
    }
  }

  /** Registers {@code username} through the API (with the kit's password) and signs {@code browser} in as it. */
  static void registerAs(Browser browser, TestServer server, String username) {
    var reply = TestUsers.tryRegister(server.http, TestUsers.newUser(username));
    if (reply.status() != 201) throw new AssertionError("register " + username + ": " + reply.status() + " " + reply.body());
    as(browser, server, username);
  }

  static String base(TestServer server) {
    return "http://127.0.0.1:" + server.server.port();
  }
}
