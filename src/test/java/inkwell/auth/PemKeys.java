package inkwell.auth;

import com.auth0.jwt.algorithms.Algorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Key files made exactly as the README tells an operator to make them, by the real openssl:
 * {@code openssl genpkey} (PKCS#8 private key) and {@code openssl pkey -pubout} (X.509 public key).
 */
record PemKeys(Path privateKey, Path publicKey) {

  static PemKeys rsa(Path dir, String name) {
    return rsa(dir, name, 2048);
  }

  static PemKeys rsa(Path dir, String name, int bits) {
    return generate(dir, name, "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:" + bits);
  }

  static PemKeys ec(Path dir, String name) {
    return ec(dir, name, "P-256");
  }

  static PemKeys ec(Path dir, String name, String curve) {
    return generate(dir, name, "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:" + curve);
  }

  private static PemKeys generate(Path dir, String name, String... genpkeyOptions) {
    Path privateKey = dir.resolve(name + ".pem");
    Path publicKey = dir.resolve(name + ".pub.pem");
    var genpkey = new ArrayList<>(List.of("openssl", "genpkey"));
    genpkey.addAll(List.of(genpkeyOptions));
    genpkey.addAll(List.of("-out", privateKey.toString()));
    openssl(genpkey);
    openssl(List.of("openssl", "pkey", "-in", privateKey.toString(), "-pubout", "-out", publicKey.toString()));
    return new PemKeys(privateKey, publicKey);
  }

  private static void openssl(List<String> command) {
    try {
      var process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** The public key's DER bytes (what the PEM file base64-encodes). */
  byte[] publicDer() {
    return der(publicKey, "PUBLIC KEY");
  }

  byte[] publicPemBytes() {
    try {
      return Files.readAllBytes(publicKey);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** RS256 or ES256 signing with the private key, for crafting tokens the server's own key really signed. */
  Algorithm signer(String alg) {
    var spec = new PKCS8EncodedKeySpec(der(privateKey, "PRIVATE KEY"));
    try {
      return alg.equals("RS256")
          ? Algorithm.RSA256(null, (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(spec))
          : Algorithm.ECDSA256(null, (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(spec));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] der(Path file, String label) {
    try {
      String text = Files.readString(file, StandardCharsets.US_ASCII);
      String body = text.replace("-----BEGIN " + label + "-----", "").replace("-----END " + label + "-----", "");
      return Base64.getMimeDecoder().decode(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
