package inkwell.auth;

import static inkwell.ErrorReplies.assertInvalidToken;
import static inkwell.TestUsers.login;
import static inkwell.TestUsers.token;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import inkwell.config.Config;
import inkwell.Http;
import inkwell.web.App;
import inkwell.TestServer;
import inkwell.cli.Cli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JWT_ALGORITHM=RS256/ES256 with PEM key files made by the real openssl: tokens carry a kid, the public keys are
 * published at /.well-known/jwks.json, keys rotate without logging anyone out, and a token can never pick its own
 * key or algorithm (RFC 8725 §2.1, §3.1, §3.10). HS256 claims, expiry and tampering are in TokenClaimsTest and
 * TokenForgeryTest; here they are checked again only where the RSA code path differs.
 */
class SigningKeysTest {
  static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
  @TempDir static Path keyDir;
  static PemKeys rsa1, rsa2, ec1;
  static TestServer rs256, es256, hs256, withAudience;
  static JsonNode alice;       // registered on rs256
  static long aliceId;
  static String aliceToken;    // rs256's own login token
  static String rsaKid;        // the kid of rsa1, as rs256 puts it in its tokens

  @BeforeAll
  static void setUp() {
    rsa1 = PemKeys.rsa(keyDir, "rsa1");
    rsa2 = PemKeys.rsa(keyDir, "rsa2");
    ec1 = PemKeys.ec(keyDir, "ec1");
    rs256 = TestServer.start(keys("RS256", rsa1, rsa1));
    es256 = TestServer.start(keys("ES256", ec1, ec1));
    hs256 = TestServer.start();
    var audienceEnv = new HashMap<>(keys("RS256", rsa1, rsa1));
    audienceEnv.put("JWT_AUDIENCE", "blog");
    withAudience = TestServer.start(audienceEnv);
    alice = rs256.register("alice");
    aliceToken = token(login(rs256.http, alice));
    aliceId = Long.parseLong(JWT.decode(aliceToken).getSubject());
    rsaKid = JWT.decode(aliceToken).getKeyId();
  }

  @AfterAll
  static void tearDown() {
    for (var server : List.of(rs256, es256, hs256, withAudience)) server.close();
  }

  /** JWT_ALGORITHM, JWT_PRIVATE_KEY_FILE = signing's private key, JWT_PUBLIC_KEY_FILE = the listed public keys. */
  static Map<String, String> keys(String alg, PemKeys signing, PemKeys... published) {
    return Map.of("JWT_ALGORITHM", alg, "JWT_PRIVATE_KEY_FILE", signing.privateKey().toString(), "JWT_PUBLIC_KEY_FILE",
        Arrays.stream(published).map(k -> k.publicKey().toString()).collect(Collectors.joining(", ")));
  }

  /** A token like ours (issuer, type, exp...) for alice, under rs256's kid, signed with rs256's real private key. */
  static JWTCreator.Builder aliceLike() {
    return TestServer.tokenLike(aliceToken, "access").withKeyId(rsaKid);   // alice's user and session
  }

  static String signedByRs256(JWTCreator.Builder token) {
    return token.sign(rsa1.signer("RS256"));
  }

  // --- RS256 and ES256: signing, publishing, verifying elsewhere ---

  @Test
  void RS256_login_gives_a_token_with_alg_RS256_and_a_kid_that_GET_user_accepts() {
    assertLoginTokenSignedWith(rs256, "RS256");
  }

  @Test
  void ES256_login_gives_a_token_with_alg_ES256_and_a_kid_that_GET_user_accepts() {
    assertLoginTokenSignedWith(es256, "ES256");
  }

  static void assertLoginTokenSignedWith(TestServer server, String alg) {
    String token = token(login(server.http, server.register("sig")));
    DecodedJWT jwt = JWT.decode(token);
    assertEquals(alg, jwt.getAlgorithm());
    assertNotNull(jwt.getKeyId(), "no kid in " + jwt.getHeader());
    assertEquals(200, server.http.get("/api/user", token).status());
  }

  @Test
  void RS256_jwks_publishes_the_public_key_and_another_service_can_verify_tokens_with_it() throws Exception {
    String token = token(login(rs256.http, alice));
    JsonNode jwk = publishedKey(rs256, JWT.decode(token).getKeyId());
    assertEquals("RSA", jwk.get("kty").asText());
    assertEquals("RS256", jwk.get("alg").asText());
    assertEquals(jwk.get("kid").asText(), thumbprint(jwk, "e", "kty", "n"), "kid is the RFC 7638 thumbprint");
    var publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
        .generatePublic(new RSAPublicKeySpec(unsigned(jwk, "n"), unsigned(jwk, "e")));
    assertEquals(2048, publicKey.getModulus().bitLength());
    JWT.require(Algorithm.RSA256(publicKey, null)).withIssuer(TestServer.ISSUER).build().verify(token);
  }

  @Test
  void ES256_jwks_publishes_the_public_key_and_another_service_can_verify_tokens_with_it() throws Exception {
    String token = token(login(es256.http, es256.register("ed")));
    JsonNode jwk = publishedKey(es256, JWT.decode(token).getKeyId());
    assertEquals("EC", jwk.get("kty").asText());
    assertEquals("ES256", jwk.get("alg").asText());
    assertEquals("P-256", jwk.get("crv").asText());
    // RFC 7518 §6.2.1.2: x and y are the full 32 bytes, leading zeros kept: 43 base64url characters.
    assertEquals(43, jwk.get("x").asText().length());
    assertEquals(43, jwk.get("y").asText().length());
    assertEquals(jwk.get("kid").asText(), thumbprint(jwk, "crv", "kty", "x", "y"), "kid is the RFC 7638 thumbprint");
    var p256 = AlgorithmParameters.getInstance("EC");
    p256.init(new ECGenParameterSpec("secp256r1"));
    var publicKey = (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(
        new ECPoint(unsigned(jwk, "x"), unsigned(jwk, "y")), p256.getParameterSpec(ECParameterSpec.class)));
    JWT.require(Algorithm.ECDSA256(publicKey, null)).withIssuer(TestServer.ISSUER).build().verify(token);
  }

  /** The JWKS entry with this kid, after checking the set holds public keys only. */
  static JsonNode publishedKey(TestServer server, String kid) {
    var reply = server.http.get("/.well-known/jwks.json", null);
    assertEquals(200, reply.status(), reply.body());
    JsonNode match = null;
    for (JsonNode jwk : reply.json().get("keys")) {
      assertEquals("sig", jwk.get("use").asText());
      for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi", "k")) assertNull(jwk.get(privatePart), reply.body());
      if (jwk.get("kid").asText().equals(kid)) match = jwk;
    }
    assertNotNull(match, "kid " + kid + " not in " + reply.body());
    return match;
  }

  static Set<String> publishedKids(Http http) {
    var keys = http.get("/.well-known/jwks.json", null).json().get("keys");
    return StreamSupport.stream(keys.spliterator(), false).map(k -> k.get("kid").asText()).collect(Collectors.toSet());
  }

  static BigInteger unsigned(JsonNode jwk, String member) {
    return new BigInteger(1, Base64.getUrlDecoder().decode(jwk.get(member).asText()));
  }

  /** RFC 7638: SHA-256 of the required members in lexicographic order, no whitespace. */
  static String thumbprint(JsonNode jwk, String... members) throws Exception {
    String json = Arrays.stream(members).map(m -> "\"" + m + "\":\"" + jwk.get(m).asText() + "\"")
        .collect(Collectors.joining(",", "{", "}"));
    return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(json.getBytes(UTF_8)));
  }

  @Test
  void HS256_by_default_publishes_no_key_and_its_tokens_still_carry_a_kid() {
    var reply = hs256.http.get("/.well-known/jwks.json", null);
    assertEquals(200, reply.status());
    assertEquals(0, reply.json().get("keys").size(), reply.body());
    String token = hs256.register("hal").get("token").asText();
    assertEquals("HS256", JWT.decode(token).getAlgorithm());
    assertNotNull(JWT.decode(token).getKeyId());
  }

  // --- Rotation: publish the new public key beside the old one, switch the private key, later drop the old one ---

  @Test
  void after_a_key_rotation_old_tokens_stay_valid_until_the_old_public_key_is_dropped() {
    String oldToken = token(login(rs256.http, alice));
    // Three instances over one database, as during a rolling rotation: tokens name users by id.
    try (var rotated = startOnTheSameDatabase(keys("RS256", rsa2, rsa2, rsa1));
         var oldKeyDropped = startOnTheSameDatabase(keys("RS256", rsa2, rsa2))) {
      var afterRotation = new Http("http://127.0.0.1:" + rotated.port());
      var afterDrop = new Http("http://127.0.0.1:" + oldKeyDropped.port());
      assertEquals(200, afterRotation.get("/api/user", oldToken).status(), "a token signed before the rotation");

      String newToken = token(login(afterRotation, alice));
      String newKid = JWT.decode(newToken).getKeyId();
      assertNotEquals(rsaKid, newKid);
      assertEquals(Set.of(newKid), publishedKids(afterDrop));
      assertEquals(Set.of(newKid, rsaKid), publishedKids(afterRotation));
      assertEquals(200, afterRotation.get("/api/user", newToken).status());

      assertInvalidToken(afterDrop.get("/api/user", oldToken), "kid");
      assertEquals(200, afterDrop.get("/api/user", newToken).status());
    }
  }

  static App startOnTheSameDatabase(Map<String, String> keyEnv) {
    var env = new HashMap<>(keyEnv);
    env.put("PORT", "0");
    env.put("DATABASE_URL", rs256.database.url());
    env.put("JWT_ISSUER", TestServer.ISSUER);
    return App.create(Config.fromEnv(env)).start();
  }

  // --- Tokens the server must refuse, each signed as convincingly as an attacker could ---

  @Test
  void a_crafted_token_signed_with_our_RSA_key_is_accepted_so_the_refusals_below_are_about_one_thing() {
    var reply = rs256.http.get("/api/user", signedByRs256(aliceLike()));
    assertEquals(200, reply.status(), reply.body());
  }

  @Test
  void alg_none_is_refused() {
    String header = BASE64URL.encodeToString(("{\"alg\":\"none\",\"typ\":\"JWT\",\"kid\":\"" + rsaKid + "\"}").getBytes(UTF_8));
    assertInvalidToken(rs256.http.get("/api/user", header + "." + aliceToken.split("\\.")[1] + "."), "algorithm");
  }

  @Test
  void HS256_token_with_the_RSA_public_key_PEM_as_its_secret_is_refused() {
    var keyConfusion = Algorithm.HMAC256(rsa1.publicPemBytes());
    assertInvalidToken(rs256.http.get("/api/user", aliceLike().sign(keyConfusion)), "algorithm");
  }

  @Test
  void HS256_token_with_the_RSA_public_key_DER_as_its_secret_is_refused() {
    var keyConfusion = Algorithm.HMAC256(rsa1.publicDer());
    assertInvalidToken(rs256.http.get("/api/user", aliceLike().sign(keyConfusion)), "algorithm");
  }

  @Test
  void HS256_token_with_the_EC_public_key_as_its_secret_is_refused_by_an_ES256_server() {
    long userId = Long.parseLong(JWT.decode(es256.register("eve").get("token").asText()).getSubject());
    String kid = JWT.decode(token(login(es256.http, es256.register("kid")))).getKeyId();
    var token = TestServer.tokenLike(userId, "access").withKeyId(kid).sign(Algorithm.HMAC256(ec1.publicPemBytes()));
    assertInvalidToken(es256.http.get("/api/user", token), "algorithm");
  }

  @Test
  void token_whose_kid_is_not_one_of_ours_is_refused() {
    assertInvalidToken(rs256.http.get("/api/user", signedByRs256(aliceLike().withKeyId("someone-elses-key"))), "kid");
  }

  @Test
  void token_signed_with_another_RSA_key_is_refused_under_its_own_kid_or_ours() {
    var otherKey = rsa2.signer("RS256");
    assertInvalidToken(rs256.http.get("/api/user", aliceLike().withKeyId("rsa2").sign(otherKey)), "kid");
    assertInvalidToken(rs256.http.get("/api/user", aliceLike().sign(otherKey)), "signature");
  }

  @Test
  void RS256_token_whose_payload_was_edited_is_refused() {
    String[] parts = aliceToken.split("\\.");
    String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8).replace("\"user\"", "\"admin\"");
    assertTrue(payload.contains("\"admin\""), payload);
    String edited = parts[0] + "." + BASE64URL.encodeToString(payload.getBytes(UTF_8)) + "." + parts[2];
    assertInvalidToken(rs256.http.get("/api/user", edited), "signature");
  }

  // jku/x5u/jwk/x5c would let a token name its own key; they are refused even on a token our key really signed.

  @Test
  void token_with_a_jku_header_is_refused_although_our_key_signed_it() {
    assertKeyHeaderRefused("jku", "https://evil.example/jwks.json");
  }

  @Test
  void token_with_an_x5u_header_is_refused_although_our_key_signed_it() {
    assertKeyHeaderRefused("x5u", "https://evil.example/cert.pem");
  }

  @Test
  void token_with_a_jwk_header_is_refused_although_our_key_signed_it() {
    JsonNode published = publishedKey(rs256, rsaKid);
    var ourOwnJwk = Map.of("kty", "RSA", "kid", rsaKid, "n", published.get("n").asText(), "e", published.get("e").asText());
    assertKeyHeaderRefused("jwk", ourOwnJwk);
  }

  @Test
  void token_with_an_x5c_header_is_refused_although_our_key_signed_it() {
    assertKeyHeaderRefused("x5c", List.of(Base64.getEncoder().encodeToString(rsa1.publicDer())));
  }

  static void assertKeyHeaderRefused(String header, Object value) {
    var token = signedByRs256(aliceLike().withHeader(Map.of(header, value)));
    assertInvalidToken(rs256.http.get("/api/user", token), "header " + header);
  }

  // --- JWT_AUDIENCE=blog: written into every token, required on every request ---

  @Test
  void with_JWT_AUDIENCE_login_tokens_carry_it_and_are_accepted() {
    String token = token(login(withAudience.http, withAudience.register("aud")));
    assertEquals(List.of("blog"), JWT.decode(token).getAudience());
    assertEquals(200, withAudience.http.get("/api/user", token).status());
  }

  @Test
  void with_JWT_AUDIENCE_a_token_without_aud_is_refused() {
    long userId = Long.parseLong(JWT.decode(withAudience.register("noaud").get("token").asText()).getSubject());
    var token = TestServer.tokenLike(userId, "access").withKeyId(rsaKid);
    assertInvalidToken(withAudience.http.get("/api/user", signedByRs256(token)), "aud");
  }

  @Test
  void with_JWT_AUDIENCE_a_token_for_another_audience_is_refused() {
    long userId = Long.parseLong(JWT.decode(withAudience.register("other").get("token").asText()).getSubject());
    var token = TestServer.tokenLike(userId, "access").withKeyId(rsaKid).withAudience("other");
    assertInvalidToken(withAudience.http.get("/api/user", signedByRs256(token)), "audience");
  }

  // --- Key settings the server refuses to start with ---

  static String refusal(Map<String, String> env) {
    return assertThrows(Config.Invalid.class, () -> TestServer.start(env).close()).getMessage();
  }

  @Test
  void RS256_without_JWT_PRIVATE_KEY_FILE_is_refused() {
    String message = refusal(Map.of("JWT_ALGORITHM", "RS256", "JWT_PUBLIC_KEY_FILE", rsa1.publicKey().toString()));
    assertTrue(message.startsWith("JWT_PRIVATE_KEY_FILE"), message);
  }

  @Test
  void RS256_without_JWT_PUBLIC_KEY_FILE_is_refused() {
    String message = refusal(Map.of("JWT_ALGORITHM", "RS256", "JWT_PRIVATE_KEY_FILE", rsa1.privateKey().toString()));
    assertTrue(message.startsWith("JWT_PUBLIC_KEY_FILE"), message);
  }

  @Test
  void public_keys_that_do_not_include_the_private_keys_own_are_refused() {
    String message = refusal(keys("RS256", rsa1, rsa2));
    assertTrue(message.startsWith("JWT_PUBLIC_KEY_FILE"), message);
  }

  @Test
  void ES256_with_RSA_key_files_is_refused() {
    String message = refusal(keys("ES256", rsa1, rsa1));
    assertTrue(message.startsWith("JWT_PRIVATE_KEY_FILE"), message);
  }

  @Test
  void ES256_with_a_P_384_key_is_refused() {
    var p384 = PemKeys.ec(keyDir, "p384", "P-384");
    String message = refusal(keys("ES256", p384, p384));
    assertTrue(message.contains("P-256"), message);
  }

  @Test
  void ES256_with_a_secp256k1_key_is_refused_as_not_P_256() {
    var k256 = PemKeys.ec(keyDir, "k256", "secp256k1");   // also 256 bits, but not the curve ES256 means
    String message = refusal(keys("ES256", k256, k256));
    assertTrue(message.startsWith("JWT_PUBLIC_KEY_FILE") && message.contains("P-256"), message);
  }

  @Test
  void a_1024_bit_RSA_key_is_refused() {
    var weak = PemKeys.rsa(keyDir, "weak", 1024);
    String message = refusal(keys("RS256", weak, weak));
    assertTrue(message.contains("1024-bit") && message.contains("2048"), message);
  }

  @Test
  void a_key_file_that_does_not_exist_is_refused() {
    String message = refusal(Map.of("JWT_ALGORITHM", "RS256", "JWT_PRIVATE_KEY_FILE", keyDir.resolve("nope.pem").toString(),
        "JWT_PUBLIC_KEY_FILE", rsa1.publicKey().toString()));
    assertTrue(message.startsWith("JWT_PRIVATE_KEY_FILE"), message);
  }

  @Test
  void JWT_PRIVATE_KEY_FILE_with_HS256_is_refused() {
    String message = refusal(Map.of("JWT_PRIVATE_KEY_FILE", rsa1.privateKey().toString()));
    assertTrue(message.startsWith("JWT_PRIVATE_KEY_FILE"), message);
  }

  // --- "inkwell token decode" checks RS256 signatures with the configured public keys ---

  @Test
  void token_decode_with_the_signing_keys_says_the_signature_is_valid() {
    var out = new StringWriter();
    int code = new Cli(keys("RS256", rsa1, rsa1), new PrintWriter(out), new PrintWriter(new StringWriter()), prompt -> null)
        .run("token", "decode", aliceToken);
    assertEquals(Cli.OK, code, out.toString());
    assertTrue(out.toString().contains("signature: valid"), out.toString());
  }

  @Test
  void token_decode_with_another_key_pair_says_invalid_and_exits_1() {
    var out = new StringWriter();
    int code = new Cli(keys("RS256", rsa2, rsa2), new PrintWriter(out), new PrintWriter(new StringWriter()), prompt -> null)
        .run("token", "decode", aliceToken);
    assertEquals(Cli.FAILED, code, out.toString());
    assertTrue(out.toString().contains("signature: INVALID"), out.toString());
    assertFalse(out.toString().contains("signature: valid"), out.toString());
  }
}
