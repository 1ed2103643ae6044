package inkwell.auth;

import com.auth0.jwt.algorithms.Algorithm;
import inkwell.config.Config;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The keys tokens are signed and checked with. One algorithm, chosen by configuration and never by a token
 * (RFC 8725 §2.1, §3.1); one signing key; any number of verification keys, so a key can be rotated without logging
 * everyone out: publish the new public key beside the old one, switch the private key, drop the old one after the
 * refresh TTL. Each key is named by its RFC 7638 thumbprint, which tokens carry as "kid".
 */
public final class SigningKeys {
  public enum Alg { HS256, RS256, ES256 }

  /** One key: its id, the java-jwt Algorithm that signs (signing key only) and verifies, and its public JWK. */
  public record Key(String kid, Algorithm algorithm, Map<String, String> publicJwk) {}

  private final Alg alg;
  private final Key signing;
  private final Map<String, Key> byKid;

  private SigningKeys(Alg alg, Key signing, List<Key> verifying) {
    this.alg = alg;
    this.signing = signing;
    this.byKid = new LinkedHashMap<>();
    byKid.put(signing.kid(), signing);
    verifying.forEach(k -> byKid.putIfAbsent(k.kid(), k));
  }

  /** HS256 with a shared secret: every instance that verifies can also sign, so nothing is published. */
  public static SigningKeys hmac(String secret) {
    byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
    var jwk = new LinkedHashMap<String, String>();
    jwk.put("k", base64url(bytes));
    jwk.put("kty", "oct");
    return new SigningKeys(Alg.HS256, new Key(thumbprint(jwk), Algorithm.HMAC256(bytes), null), List.of());
  }

  /**
   * RS256 or ES256 from PEM files as openssl writes them: the private key in PKCS#8 ("openssl genpkey"), public keys
   * in X.509 SubjectPublicKeyInfo ("openssl pkey -pubout"). One of the public keys must be the private key's own.
   */
  public static SigningKeys fromPem(Alg alg, Path privateKeyFile, List<Path> publicKeyFiles) {
    if (alg == Alg.HS256) throw new IllegalArgumentException("HS256 uses JWT_SECRET");
    String keyType = alg == Alg.RS256 ? "RSA" : "EC";
    PrivateKey privateKey = PemKeyFiles.readPrivate(keyType, privateKeyFile);
    var verifying = new ArrayList<Key>();
    Key signing = null;
    for (Path file : publicKeyFiles) {
      PublicKey publicKey = PemKeyFiles.readPublic(keyType, file);
      PemKeyFiles.requireStrongEnough(publicKey, file);
      boolean pair = PemKeyFiles.isPairOf(alg == Alg.RS256 ? "SHA256withRSA" : "SHA256withECDSA", privateKey, publicKey);
      Key key = key(alg, publicKey, pair ? privateKey : null, file);
      if (pair && signing == null) signing = key;
      else verifying.add(key);
    }
    if (signing == null) {
      throw new Config.Invalid("JWT_PUBLIC_KEY_FILE", "none of the listed public keys belongs to JWT_PRIVATE_KEY_FILE "
          + privateKeyFile + " (make it with: openssl pkey -in private.pem -pubout -out public.pem)");
    }
    return new SigningKeys(alg, signing, verifying);
  }

  public Alg alg() {
    return alg;
  }

  public Key signing() {
    return signing;
  }

  public Optional<Key> byKid(String kid) {
    return Optional.ofNullable(byKid.get(kid));
  }

  public List<Key> all() {
    return List.copyOf(byKid.values());
  }

  /** The JSON Web Key Set (RFC 7517) of the public keys; empty for HS256, whose key must never leave the server. */
  public Map<String, Object> jwks() {
    var keys = new ArrayList<Map<String, String>>();
    for (Key key : byKid.values()) {
      if (key.publicJwk() == null) continue;
      var jwk = new LinkedHashMap<>(key.publicJwk());
      jwk.put("kid", key.kid());
      jwk.put("use", "sig");
      jwk.put("alg", alg.name());
      keys.add(jwk);
    }
    return Map.of("keys", keys);
  }

  private static Key key(Alg alg, PublicKey publicKey, PrivateKey privateKey, Path file) {
    var jwk = new LinkedHashMap<String, String>();   // members in RFC 7638's lexicographic order
    Algorithm algorithm;
    if (alg == Alg.RS256) {
      var rsa = (RSAPublicKey) publicKey;
      jwk.put("e", base64url(unsigned(rsa.getPublicExponent())));
      jwk.put("kty", "RSA");
      jwk.put("n", base64url(unsigned(rsa.getModulus())));
      algorithm = Algorithm.RSA256(rsa, (RSAPrivateKey) privateKey);
    } else {
      var ec = (ECPublicKey) publicKey;
      jwk.put("crv", "P-256");
      jwk.put("kty", "EC");
      jwk.put("x", base64url(fixed(ec.getW().getAffineX(), 32)));
      jwk.put("y", base64url(fixed(ec.getW().getAffineY(), 32)));
      algorithm = Algorithm.ECDSA256(ec, (ECPrivateKey) privateKey);
    }
    return new Key(thumbprint(jwk), algorithm, jwk);
  }

  /** RFC 7638: SHA-256 over the required members, in lexicographic order, without spaces. */
  private static String thumbprint(Map<String, String> orderedJwk) {
    var json = new StringBuilder("{");
    orderedJwk.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
    json.append('}');
    try {
      return base64url(MessageDigest.getInstance("SHA-256").digest(json.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] unsigned(BigInteger n) {
    byte[] bytes = n.toByteArray();
    return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  private static byte[] fixed(BigInteger n, int length) {
    byte[] bytes = unsigned(n);
    if (bytes.length == length) return bytes;
    byte[] padded = new byte[length];
    System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
    return padded;
  }

  private static String base64url(byte[] bytes) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
