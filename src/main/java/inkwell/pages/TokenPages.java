package inkwell.pages;

import com.fasterxml.jackson.databind.JsonNode;
import inkwell.auth.CookieMode;
import inkwell.auth.Identity;
import inkwell.auth.TokenCheck;
import inkwell.http.Json;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The token inspector (/tokens): the notes' header.payload.signature and renewal flow, live, on the reader's own
 * access token. It shows the access token only (never the refresh token, the csrf value's secret use aside, or any
 * key), and the page is never stored (Cache-Control: no-store).
 */
public final class TokenPages {
  /** What each claim of an Inkwell access token means, in the order the page explains them. */
  private static final Map<String, String> EXPLAINED = Map.ofEntries(
      Map.entry("iss", "Issuer: who signed the token (JWT_ISSUER). A token from anyone else is refused."),
      Map.entry("aud", "Audience: which service the token is for (JWT_AUDIENCE), when set."),
      Map.entry("sub", "Subject: the user's id. The server loads the account by it and never trusts a name in the token."),
      Map.entry("jti", "JWT id: a random id of this one token."),
      Map.entry("iat", "Issued at: when the token was signed (seconds since 1970, UTC)."),
      Map.entry("nbf", "Not before: the token is refused before this moment."),
      Map.entry("exp", "Expires: after this moment the token is refused (with a few seconds of leeway for clocks)."),
      Map.entry("type", "access or refresh. An access token opens the API; a refresh token only gets new access tokens, so each is refused where the other belongs."),
      Map.entry("sid", "Session id: the login this token belongs to. Logging out revokes the session, and with it every token that names it, at once, on every server sharing the database."),
      Map.entry("csrf", "The value your forms and scripts must send back (signed double-submit cookie): another site cannot read it, so it cannot forge your requests."),
      Map.entry("fresh", "true only for a token straight from a password login. Renewed tokens are not fresh, so sensitive actions (deleting the account, admin actions, changing the password by API) ask for the password again."),
      Map.entry("role", "user or admin. The server checks the current role in the database on every request, so a demotion takes effect at once."));
  private static final List<String> ORDER = List.of("iss", "aud", "sub", "jti", "iat", "nbf", "exp", "type", "sid", "csrf", "fresh", "role");

  private final Pages pages;
  private final Duration accessTtl;

  public TokenPages(Pages pages, Duration accessTtl) {
    this.pages = pages;
    this.accessTtl = accessTtl;
  }

  public record Claim(String name, String value, String meaning) {}

  /** GET /tokens. */
  public void show(Context ctx) {
    var identity = Identity.of(ctx);
    String[] parts = identity.token().split("\\.");
    var frame = pages.frame(ctx, "Your token", "The access token of this login, decoded and explained.", "/tokens").inSection("tokens");
    pages.send(ctx, 200, pages.render("tokens.jte", "frame", frame,
        "header", parts[0], "payload", parts[1], "signature", parts[2],
        "headerJson", pretty(parts[0]), "payloadJson", pretty(parts[1]),
        "claims", claims(parts[1]), "exp", identity.expiresAt().getEpochSecond(),
        "ttlSeconds", accessTtl.toSeconds(), "fresh", identity.fresh(),
        "renewed", TokenCheck.renewedThisRequest(ctx)));
  }

  /** GET /tokens/now.json: the access token's state after this very request (renewed or not), for the page's script. */
  public void now(Context ctx) {
    var identity = Identity.of(ctx);
    boolean renewed = TokenCheck.renewedThisRequest(ctx);
    ctx.header("Cache-Control", "no-store");
    ctx.json(Map.of("exp", identity.expiresAt().getEpochSecond(), "fresh", identity.fresh(), "renewed", renewed,
        "renewedBy", renewed ? CookieMode.ACCESS_COOKIE : "", "jti", identity.tokenId()));
  }

  private static String pretty(String part) {
    try {
      return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.MAPPER.readTree(decode(part)));
    } catch (java.io.IOException e) {
      return decode(part);
    }
  }

  private static List<Claim> claims(String payload) {
    JsonNode json;
    try {
      json = Json.MAPPER.readTree(decode(payload));
    } catch (java.io.IOException e) {
      return List.of();
    }
    var claims = new ArrayList<Claim>();
    for (String name : ORDER) {
      if (json.has(name)) claims.add(new Claim(name, describe(name, json.get(name)), EXPLAINED.get(name)));
    }
    json.fieldNames().forEachRemaining(name -> {
      if (!EXPLAINED.containsKey(name)) claims.add(new Claim(name, json.get(name).toString(), ""));
    });
    return claims;
  }

  private static String describe(String name, JsonNode value) {
    if (value.isNumber() && (name.equals("iat") || name.equals("nbf") || name.equals("exp"))) {
      return value.asLong() + " = " + java.time.Instant.ofEpochSecond(value.asLong());
    }
    return value.isTextual() ? value.asText() : value.toString();
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }
}
