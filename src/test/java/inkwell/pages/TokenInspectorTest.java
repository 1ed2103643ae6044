package inkwell.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TokenInspectorTest {
  @RegisterExtension static final TestServer server = TestServer.perClass();

  @Test
  void an_anonymous_reader_is_sent_to_the_login_form_and_back() {
    var page = new PageClient(server).get("/tokens");
    assertEquals(303, page.status());
    assertEquals("/login?next=%2Ftokens", page.header("Location"));
  }

  @Test
  void the_page_shows_the_access_token_in_three_parts_with_its_claims_and_never_the_refresh_token() {
    var browser = PageClient.loggedInAs(server, "inspector");
    var page = browser.get("/tokens");
    assertEquals(200, page.status(), page.body());
    assertEquals("no-store", page.header("Cache-Control"));
    String access = browser.cookie("inkwell_access");
    String[] parts = access.split("\\.");
    assertTrue(page.body().contains("<span class=\"header\">" + parts[0] + "</span>."), "header part");
    assertTrue(page.body().contains("<span class=\"signature\">" + parts[2] + "</span>"), "signature part");
    for (String claim : new String[] {"sub", "iat", "exp", "jti", "type", "fresh", "sid", "role"}) {
      assertTrue(page.body().contains("<dt>" + claim + "</dt>"), "explains " + claim);
    }
    assertFalse(page.body().contains(browser.cookie("inkwell_refresh")), "the refresh token is never shown");
    assertFalse(page.body().contains(TestServer.SECRET), "no secret");
    assertTrue(page.body().contains("id=\"fresh\">fresh<"), "a password login is fresh");
    assertNotNull(page.header("Content-Security-Policy"));
  }

  @Test
  void now_json_reports_the_current_exp_and_no_renewal_while_the_token_is_valid() {
    var browser = PageClient.loggedInAs(server, "inspector");
    var reply = browser.get("/tokens/now.json", java.util.Map.of("Accept", "application/json"));
    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.body().contains("\"renewed\":false"), reply.body());
  }
}
