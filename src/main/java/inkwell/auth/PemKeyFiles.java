package inkwell.auth;

import inkwell.config.Config;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * RS256/ES256 keys read from PEM files as openssl writes them, and checked before use: strong enough, on the right
 * curve, and the private key matching a public one. Every refusal names the variable of the file at fault.
 */
final class PemKeyFiles {
  private PemKeyFiles() {}

  /**
   * RS256 keys of at least 2048 bits (RFC 7518 §3.3); ES256 keys on P-256 itself, not merely some 256-bit curve
   * (secp256k1, brainpoolP256r1), whose points the JWKS would otherwise publish as "crv": "P-256". Checked before
   * pairing, so a wrong curve is named as such rather than reported as a key that does not match.
   */
  static void requireStrongEnough(PublicKey publicKey, Path file) {
    if (publicKey instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() < 2048) {
      throw new Config.Invalid("JWT_PUBLIC_KEY_FILE", file + " is a " + rsa.getModulus().bitLength()
          + "-bit RSA key; RS256 needs at least 2048 bits (RFC 7518 §3.3)");
    }
    if (publicKey instanceof ECPublicKey ec && !isP256(ec.getParams())) {
      throw new Config.Invalid("JWT_PUBLIC_KEY_FILE", file + " is not a P-256 key; ES256 needs P-256 (prime256v1)");
    }
  }

  private static boolean isP256(ECParameterSpec params) {
    try {
      var p256 = AlgorithmParameters.getInstance("EC");
      p256.init(new ECGenParameterSpec("secp256r1"));
      var spec = p256.getParameterSpec(ECParameterSpec.class);
      return params.getCurve().equals(spec.getCurve()) && params.getGenerator().equals(spec.getGenerator())
          && params.getOrder().equals(spec.getOrder());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JVM has no P-256", e);
    }
  }

  /** Signs a probe with the private key and checks it with the public one: works the same for RSA and EC. */
  static boolean isPairOf(String scheme, PrivateKey privateKey, PublicKey publicKey) {
    try {
      byte[] probe = "inkwell key pair probe".getBytes(StandardCharsets.UTF_8);
      var signer = Signature.getInstance(scheme);
      signer.initSign(privateKey);
      signer.update(probe);
      byte[] signature = signer.sign();
      var verifier = Signature.getInstance(scheme);
      verifier.initVerify(publicKey);
      verifier.update(probe);
      return verifier.verify(signature);
    } catch (GeneralSecurityException e) {
      return false;
    }
  }

  static PrivateKey readPrivate(String keyType, Path file) {
    try {
      return KeyFactory.getInstance(keyType).generatePrivate(new PKCS8EncodedKeySpec(pem(file, "PRIVATE KEY", "JWT_PRIVATE_KEY_FILE")));
    } catch (GeneralSecurityException e) {
      throw new Config.Invalid("JWT_PRIVATE_KEY_FILE", file + " is not a PKCS#8 " + keyType + " private key "
          + "(make one with: openssl genpkey -algorithm " + (keyType.equals("RSA") ? "RSA -pkeyopt rsa_keygen_bits:2048" : "EC -pkeyopt ec_paramgen_curve:P-256") + ")");
    }
  }

  static PublicKey readPublic(String keyType, Path file) {
    try {
      return KeyFactory.getInstance(keyType).generatePublic(new X509EncodedKeySpec(pem(file, "PUBLIC KEY", "JWT_PUBLIC_KEY_FILE")));
    } catch (GeneralSecurityException e) {
      throw new Config.Invalid("JWT_PUBLIC_KEY_FILE", file + " is not an X.509 " + keyType + " public key");
    }
  }

  /** The DER bytes between "-----BEGIN label-----" and "-----END label-----". */
  private static byte[] pem(Path file, String label, String variable) {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.US_ASCII);
    } catch (IOException e) {
      throw new Config.Invalid(variable, "cannot read " + file + ": " + e.getMessage());
    }
    int begin = text.indexOf("-----BEGIN " + label + "-----");
    int end = text.indexOf("-----END " + label + "-----");
    if (begin < 0 || end < begin) throw new Config.Invalid(variable, file + " has no '-----BEGIN " + label + "-----' block");
    String body = text.substring(begin + label.length() + 16, end).replaceAll("\\s", "");
    try {
      return Base64.getDecoder().decode(body);
    } catch (IllegalArgumentException e) {
      throw new Config.Invalid(variable, file + " is not valid PEM");
    }
  }
}
