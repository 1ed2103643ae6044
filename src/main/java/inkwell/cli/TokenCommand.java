package inkwell.cli;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import inkwell.auth.ConfiguredKeys;
import inkwell.http.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** The notes' decode_token: what a JWT says, whether our key signed it, and when it expires. Never prints the key. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Inspect tokens.")
final class TokenCommand {
  @ParentCommand Cli cli;

  @Command(name = "decode", mixinStandardHelpOptions = true,
      description = {"Print a token's header and payload, whether its signature verifies with the configured key "
          + "(JWT_SECRET or the generated secret file beside the SQLite database; the public keys for RS256/ES256), "
          + "and when it expires.",
          "Exit 0: signature valid and not expired; 1: anything else."})
  int decode(@Parameters(paramLabel = "TOKEN", description = "the JWT (a leading 'Bearer ' or 'Token ' is ignored)") String raw) {
    String token = raw.trim().replaceFirst("(?i)^(bearer|token)\\s+", "");
    DecodedJWT jwt;
    try {
      jwt = JWT.decode(token);
    } catch (JWTDecodeException e) {
      throw new Cli.Failure("not a JWT (expected three base64url parts separated by dots)");
    }
    cli.out.println("header:");
    cli.out.println(pretty(jwt.getHeader()));
    cli.out.println("payload:");
    cli.out.println(pretty(jwt.getPayload()));
    boolean signed = signature(jwt);
    boolean current = expiry(jwt.getExpiresAtAsInstant());
    return signed && current ? Cli.OK : Cli.FAILED;
  }

  private boolean signature(DecodedJWT jwt) {
    var configured = ConfiguredKeys.existing(cli.config());
    if (configured.isEmpty()) {
      cli.out.println("signature: not checked (no JWT_SECRET set and no secret file beside the database)");
      return false;
    }
    var keys = configured.get();
    if (!keys.alg().name().equals(jwt.getAlgorithm())) {
      cli.out.println("signature: INVALID (alg " + jwt.getAlgorithm() + "; this Inkwell signs and accepts only " + keys.alg() + ")");
      return false;
    }
    var key = keys.byKid(jwt.getKeyId() != null ? jwt.getKeyId() : keys.signing().kid());
    if (key.isEmpty()) {
      cli.out.println("signature: INVALID (kid " + jwt.getKeyId() + " is not one of the configured keys)");
      return false;
    }
    try {
      key.get().algorithm().verify(jwt);
      cli.out.println("signature: valid (" + keys.alg() + ", the configured key " + key.get().kid() + ")");
      return true;
    } catch (SignatureVerificationException e) {
      cli.out.println("signature: INVALID (not signed with the configured key, or altered since)");
      return false;
    }
  }

  private boolean expiry(Instant expiresAt) {
    if (expiresAt == null) {
      cli.out.println("expires: never (no exp claim: Inkwell refuses such a token)");
      return false;
    }
    Duration left = Duration.between(Instant.now(), expiresAt);
    if (left.isNegative()) {
      cli.out.println("expires: " + expiresAt + " (expired " + human(left.negated()) + " ago)");
      return false;
    }
    cli.out.println("expires: " + expiresAt + " (in " + human(left) + ")");
    return true;
  }

  private static String human(Duration d) {
    if (d.toDays() > 0) return d.toDays() + "d " + d.toHoursPart() + "h";
    if (d.toHours() > 0) return d.toHours() + "h " + d.toMinutesPart() + "m";
    if (d.toMinutes() > 0) return d.toMinutes() + "m " + d.toSecondsPart() + "s";
    return d.toSeconds() + "s";
  }

  private static String pretty(String base64url) {
    String json = new String(Base64.getUrlDecoder().decode(base64url), StandardCharsets.UTF_8);
    try {
      return Json.MAPPER.writer().with(SerializationFeature.INDENT_OUTPUT).writeValueAsString(Json.MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      return json;
    }
  }
}
