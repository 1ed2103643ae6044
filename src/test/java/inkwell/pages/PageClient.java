package inkwell.pages;

import inkwell.TestServer;
import inkwell.TestUsers;
import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser, for the blog's pages: keeps cookies, follows no redirect (tests look at the 303s), sends
 * forms as application/x-www-form-urlencoded with Accept: text/html, and finds a page's csrf field.
 */
public final class PageClient {
  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final String base;
  public final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
  private final HttpClient client;

  public PageClient(TestServer server) {
    this.base = "http://127.0.0.1:" + server.server.port();
    this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  }

  public record Page(int status, java.net.http.HttpHeaders headers, String body) {
    public String header(String name) {
      return headers.firstValue(name).orElse(null);
    }

    /** The value of the first hidden csrf field on the page. */
    public String csrf() {
      var m = CSRF_FIELD.matcher(body);
      if (!m.find()) throw new AssertionError("no csrf field on the page:\n" + body);
      return m.group(1);
    }
  }

  public Page get(String path) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET());
  }

  public Page get(String path, Map<String, String> headers) {
    var request = HttpRequest.newBuilder(URI.create(base + path));
    headers.forEach(request::header);
    return send(request.GET());
  }

  /** POSTs a form, fields in pairs: postForm("/login", "email", e, "password", p). */
  public Page postForm(String path, String... fields) {
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) form.put(fields[i], fields[i + 1]);
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** GETs {@code formPage} for its csrf value, then POSTs the form with it. */
  public Page submit(String formPage, String action, String... fields) {
    String csrf = get(formPage).csrf();
    String[] withCsrf = new String[fields.length + 2];
    withCsrf[0] = "csrf";
    withCsrf[1] = csrf;
    System.arraycopy(fields, 0, withCsrf, 2, fields.length);
    return postForm(action, withCsrf);
  }

  /** A fresh user, signed in through the API's cookie mode (the same cookies the login form sets). */
  public static PageClient loggedInAs(TestServer server, String prefix) {
    var browser = new PageClient(server);
    String username = TestUsers.unique(prefix);
    String json = "{\"user\":{\"username\":\"" + username + "\",\"email\":\"" + TestUsers.email(username)
        + "\",\"password\":\"" + TestUsers.password(username) + "\"}}";
    var reply = browser.send(HttpRequest.newBuilder(URI.create(browser.base + "/api/users?cookie=true"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    if (reply.status() != 201) throw new AssertionError("register failed: " + reply.status() + " " + reply.body());
    browser.username = username;
    return browser;
  }

  public String username;

  public String cookie(String name) {
    return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
        .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
  }

  public Page send(HttpRequest.Builder request) {
    try {
      var response = client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
      return new Page(response.statusCode(), response.headers(), response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
