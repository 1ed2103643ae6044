package inkwell.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import inkwell.http.Unauthorized;
import inkwell.users.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs and verifies our JWTs (java-jwt), following RFC 8725:
 * - exactly one algorithm is accepted, the configured one (HS256, RS256 or ES256); "none" and every other alg fail
 *   (§3.1, §2.1), so an HS256 token "signed" with our RSA public key as its secret is refused (key confusion);
 * - the key is chosen by "kid" among our own keys only; jku, x5u, jwk and x5c headers are refused, never followed (§3.10);
 * - iss, exp and the token type are required and checked (§3.8, §3.11 "use mutually exclusive validation rules");
 *   java-jwt accepts a token with no exp unless told otherwise, so we require its presence;
 * - access and refresh tokens share the key but differ in "type", and each verifier accepts only its own.
 * The two verifiers are built once and reused: they are thread-safe.
 */
public final class Tokens {
  public enum Type { access, refresh }

  /** Headers that would let a token name its own key; we never fetch or trust them (RFC 8725 §3.10). */
  private static final List<String> KEY_POINTING_HEADERS = List.of("jku", "x5u", "jwk", "x5c");

  private final SigningKeys keys;
  private final String issuer;
  private final String audience;   // null: no aud claim written or required
  private final Duration accessTtl;
  private final Duration refreshTtl;
  private final Map<String, JWTVerifier> accessVerifiers = new HashMap<>();    // by kid
  private final Map<String, JWTVerifier> refreshVerifiers = new HashMap<>();

  public Tokens(String secret, String issuer, Duration accessTtl, Duration refreshTtl, Duration leeway) {
    this(SigningKeys.hmac(secret), issuer, null, accessTtl, refreshTtl, leeway);
  }

  public Tokens(SigningKeys keys, String issuer, String audience, Duration accessTtl, Duration refreshTtl, Duration leeway) {
    this.keys = keys;
    this.issuer = issuer;
    this.audience = audience;
    this.accessTtl = accessTtl;
    this.refreshTtl = refreshTtl;
    for (SigningKeys.Key key : keys.all()) {
      accessVerifiers.put(key.kid(), verifier(key.algorithm(), Type.access, leeway));
      refreshVerifiers.put(key.kid(), verifier(key.algorithm(), Type.refresh, leeway));
    }
  }

  public SigningKeys keys() {
    return keys;
  }

  private JWTVerifier verifier(Algorithm algorithm, Type type, Duration leeway) {
    var verification = JWT.require(algorithm);
    if (audience != null) verification.withAudience(audience);
    return verification
        .withIssuer(issuer)
        .withClaim("type", type.name())
        .withClaimPresence("exp")
        .withClaimPresence("sub")
        .withClaimPresence("jti")
        .withClaimPresence("sid")
        .acceptLeeway(leeway.toSeconds())
        .build();
  }

  /** A short-lived token for API calls, in session {@code sessionId}; fresh only straight from a password login. */
  public String issueAccess(long userId, Role role, boolean fresh, String sessionId, String csrf) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return issue(Type.access, userId, role, fresh, sessionId, csrf, UUID.randomUUID().toString(), now.plus(accessTtl));
  }

  /** A long-lived token good only for POST /api/users/refresh; its jti and absolute expiry are the session's. */
  public String issueRefresh(long userId, Role role, String sessionId, String csrf, String jti, Instant expiresAt) {
    return issue(Type.refresh, userId, role, false, sessionId, csrf, jti, expiresAt);
  }

  public Duration refreshTtl() {
    return refreshTtl;
  }

  /** csrf: the login's CSRF value, which cookie-mode requests must echo in X-CSRF-Token (see CookieMode). */
  private String issue(Type type, long userId, Role role, boolean fresh, String sessionId, String csrf, String jti,
                       Instant expiresAt) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    var token = JWT.create().withKeyId(keys.signing().kid());
    if (audience != null) token.withAudience(audience);
    return token
        .withIssuer(issuer)
        .withSubject(Long.toString(userId))
        .withJWTId(jti)
        .withIssuedAt(now)
        .withNotBefore(now)
        .withExpiresAt(expiresAt.truncatedTo(ChronoUnit.SECONDS))
        .withClaim("type", type.name())
        .withClaim("sid", sessionId)
        .withClaim("csrf", csrf)
        .withClaim("fresh", fresh)
        .withClaim("role", role.name())
        .sign(keys.signing().algorithm());
  }

  /** The identity a token proves, or an Unauthorized that says precisely why the token was refused. */
  public Identity verify(String token, Type expected) {
    DecodedJWT jwt;
    try {
      jwt = verifierFor(JWT.decode(token), expected).verify(token);
    } catch (TokenExpiredException e) {
      throw Unauthorized.expired();
    } catch (JWTVerificationException e) {
      throw Unauthorized.invalidToken(reason(e, expected));
    }
    // java-jwt counts "exp": null as present and then skips the expiry check; a token must really carry these.
    if (jwt.getExpiresAtAsInstant() == null) throw Unauthorized.invalidToken("token has no exp claim");
    if (jwt.getId() == null) throw Unauthorized.invalidToken("token has no jti claim");
    String sessionId = jwt.getClaim("sid").asString();
    if (sessionId == null) throw Unauthorized.invalidToken("token has no sid claim");
    long userId;
    try {
      userId = Long.parseLong(jwt.getSubject());
    } catch (NumberFormatException e) {
      throw Unauthorized.invalidToken("token subject is not a user id");
    }
    Boolean fresh = jwt.getClaim("fresh").asBoolean();
    String roleClaim = jwt.getClaim("role").asString();
    Role role = roleClaim == null ? Role.user
        : Role.named(roleClaim).orElseThrow(() -> Unauthorized.invalidToken("token role is not one we issue"));
    return new Identity(userId, role, Boolean.TRUE.equals(fresh),
        jwt.getId(), sessionId, jwt.getClaim("csrf").asString(), jwt.getExpiresAtAsInstant(), token);
  }

  /** The verifier of the key the token names; a token without kid is checked against the current signing key. */
  private JWTVerifier verifierFor(DecodedJWT unverified, Type expected) {
    for (String header : KEY_POINTING_HEADERS) {
      if (unverified.getHeaderClaim(header).isMissing()) continue;
      throw Unauthorized.invalidToken("token header " + header + " is not accepted");
    }
    String kid = unverified.getKeyId() != null ? unverified.getKeyId() : keys.signing().kid();
    var verifier = (expected == Type.access ? accessVerifiers : refreshVerifiers).get(kid);
    if (verifier == null) throw Unauthorized.invalidToken("token key id (kid) is not one of ours");
    return verifier;
  }

  private static String reason(JWTVerificationException e, Type expected) {
    if (e instanceof AlgorithmMismatchException) return "token algorithm is not accepted";
    if (e instanceof SignatureVerificationException) return "token signature is invalid";
    if (e instanceof JWTDecodeException) return "token is malformed";
    if (e instanceof MissingClaimException m) return "token has no " + m.getClaimName() + " claim";
    if (e instanceof IncorrectClaimException c) {
      return switch (c.getClaimName()) {
        case "type" -> "wrong token type: expected " + (expected == Type.access ? "an access" : "a refresh") + " token";
        case "iss" -> "token issuer is not accepted";
        case "aud" -> "token audience is not accepted";
        case "nbf", "iat" -> "token is not valid yet";
        default -> "token claim " + c.getClaimName() + " is not accepted";
      };
    }
    return "token is invalid";
  }
}
