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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * Signs and verifies our JWTs (HS256, java-jwt), following RFC 8725:
 * - exactly one algorithm is accepted; "none" and every other alg fail (§3.1, §2.1);
 * - iss, exp and the token type are required and checked (§3.8, §3.11 "use mutually exclusive validation rules");
 *   java-jwt accepts a token with no exp unless told otherwise, so we require its presence;
 * - access and refresh tokens share the key but differ in "type", and each verifier accepts only its own.
 * The two verifiers are built once and reused: they are thread-safe.
 */
public final class Tokens {
  public enum Type { access, refresh }

  private final Algorithm algorithm;
  private final String issuer;
  private final Duration accessTtl;
  private final Duration refreshTtl;
  private final JWTVerifier accessVerifier;
  private final JWTVerifier refreshVerifier;

  public Tokens(String secret, String issuer, Duration accessTtl, Duration refreshTtl, Duration leeway) {
    this.algorithm = Algorithm.HMAC256(secret.getBytes(StandardCharsets.UTF_8));
    this.issuer = issuer;
    this.accessTtl = accessTtl;
    this.refreshTtl = refreshTtl;
    this.accessVerifier = verifier(Type.access, leeway);
    this.refreshVerifier = verifier(Type.refresh, leeway);
  }

  private JWTVerifier verifier(Type type, Duration leeway) {
    return JWT.require(algorithm)
        .withIssuer(issuer)
        .withClaim("type", type.name())
        .withClaimPresence("exp")
        .withClaimPresence("sub")
        .withClaimPresence("jti")
        .acceptLeeway(leeway.toSeconds())
        .build();
  }

  /** A short-lived token for API calls; fresh only when it comes straight from a password login. */
  public String issueAccess(long userId, String role, boolean fresh) {
    return issue(Type.access, userId, role, fresh, accessTtl);
  }

  /** A long-lived token good only for POST /api/users/refresh. */
  public String issueRefresh(long userId, String role) {
    return issue(Type.refresh, userId, role, false, refreshTtl);
  }

  private String issue(Type type, long userId, String role, boolean fresh, Duration ttl) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    return JWT.create()
        .withIssuer(issuer)
        .withSubject(Long.toString(userId))
        .withJWTId(UUID.randomUUID().toString())
        .withIssuedAt(now)
        .withNotBefore(now)
        .withExpiresAt(now.plus(ttl))
        .withClaim("type", type.name())
        .withClaim("fresh", fresh)
        .withClaim("role", role)
        .sign(algorithm);
  }

  /** The identity a token proves, or an Unauthorized that says precisely why the token was refused. */
  public Identity verify(String token, Type expected) {
    DecodedJWT jwt;
    try {
      jwt = (expected == Type.access ? accessVerifier : refreshVerifier).verify(token);
    } catch (JWTVerificationException e) {
      throw Unauthorized.invalidToken(reason(e, expected));
    }
    // java-jwt counts "exp": null as present and then skips the expiry check; a token must really carry these.
    if (jwt.getExpiresAtAsInstant() == null) throw Unauthorized.invalidToken("token has no exp claim");
    if (jwt.getId() == null) throw Unauthorized.invalidToken("token has no jti claim");
    long userId;
    try {
      userId = Long.parseLong(jwt.getSubject());
    } catch (NumberFormatException e) {
      throw Unauthorized.invalidToken("token subject is not a user id");
    }
    Boolean fresh = jwt.getClaim("fresh").asBoolean();
    String role = jwt.getClaim("role").asString();
    return new Identity(userId, role == null ? "user" : role, Boolean.TRUE.equals(fresh),
        jwt.getId(), jwt.getExpiresAtAsInstant(), token);
  }

  private static String reason(JWTVerificationException e, Type expected) {
    if (e instanceof TokenExpiredException) return "token has expired";
    if (e instanceof AlgorithmMismatchException) return "token algorithm is not accepted";
    if (e instanceof SignatureVerificationException) return "token signature is invalid";
    if (e instanceof JWTDecodeException) return "token is malformed";
    if (e instanceof MissingClaimException m) return "token has no " + m.getClaimName() + " claim";
    if (e instanceof IncorrectClaimException c) {
      return switch (c.getClaimName()) {
        case "type" -> "wrong token type: expected " + (expected == Type.access ? "an access" : "a refresh") + " token";
        case "iss" -> "token issuer is not accepted";
        case "nbf", "iat" -> "token is not valid yet";
        default -> "token claim " + c.getClaimName() + " is not accepted";
      };
    }
    return "token is invalid";
  }
}
