package inkwell.users;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stored password hash: Argon2id's cost, salt and tag, kept as a PHC string exactly as password4j (our library until
 * issue 15) wrote them, so hashes from before and after verify alike:
 * {@code $argon2id$v=19$m=7168,t=5,p=1$<salt>$<tag>}, salt and tag in standard Base64 without padding.
 * Read strictly and within bounds: the string comes from a database row, and a crafted row must neither make a login
 * allocate a gigabyte nor hash for minutes.
 */
record PasswordHash(Argon2id.Cost cost, byte[] salt, byte[] tag) {
  /**
   * The most a stored hash may ask for. OWASP's costliest setting is 46 MiB, t=1, and RFC 9106 §4's second
   * recommendation 64 MiB, t=3; the server's heap is 160 MB (run.sh), where a much larger buffer would end the
   * process (-XX:+ExitOnOutOfMemoryError). 64 MiB and t=16 cost at most ~2 s of one hashing slot.
   */
  static final int MAX_MEMORY_KIB = 64 * 1024;
  static final int MAX_ITERATIONS = 16;
  static final int MAX_PARALLELISM = 255;
  private static final int MIN_SALT_BYTES = 8;     // RFC 9106 §3.1; we make 16
  private static final int MAX_SALT_BYTES = 64;
  private static final int MIN_TAG_BYTES = 4;      // RFC 9106 §3.1; we make 32
  private static final int MAX_TAG_BYTES = 1024;

  /** Only what we write: type id, version 19, m, t, p in that order without leading zeros, no optional fields. */
  private static final Pattern PHC = Pattern.compile(
      "\\$argon2id\\$v=19\\$m=([1-9][0-9]{0,8}),t=([1-9][0-9]{0,8}),p=([1-9][0-9]{0,8})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

  /** Hashes password (as UTF-8, like password4j) with salt at cost into memory, see {@link Argon2id#hash}. */
  static PasswordHash of(String password, byte[] salt, Argon2id.Cost cost, int tagBytes, long[] memory) {
    return new PasswordHash(cost, salt, Argon2id.hash(utf8(password), salt, null, null, cost, tagBytes, memory));
  }

  /** Empty when phc is not an Argon2id PHC string we could have written, or asks for more than the bounds above. */
  static Optional<PasswordHash> parse(String phc) {
    var fields = PHC.matcher(phc == null ? "" : phc);
    if (!fields.matches()) return Optional.empty();
    int memoryKib = Integer.parseInt(fields.group(1));
    int iterations = Integer.parseInt(fields.group(2));
    int parallelism = Integer.parseInt(fields.group(3));
    byte[] salt = base64(fields.group(4));
    byte[] tag = base64(fields.group(5));
    boolean withinBounds = memoryKib <= MAX_MEMORY_KIB && iterations <= MAX_ITERATIONS && parallelism <= MAX_PARALLELISM
        && memoryKib >= 8 * parallelism && salt != null && salt.length >= MIN_SALT_BYTES && salt.length <= MAX_SALT_BYTES
        && tag != null && tag.length >= MIN_TAG_BYTES && tag.length <= MAX_TAG_BYTES;
    if (!withinBounds) return Optional.empty();
    return Optional.of(new PasswordHash(new Argon2id.Cost(memoryKib, iterations, parallelism), salt, tag));
  }

  /** Hashes password with this hash's own cost and salt; compares in constant time. */
  boolean matches(String password, long[] memory) {
    return MessageDigest.isEqual(tag, of(password, salt, cost, tag.length, memory).tag);
  }

  String toPhc() {
    return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
        + "$" + BASE64.encodeToString(salt) + "$" + BASE64.encodeToString(tag);
  }

  /** Null unless text is the one canonical unpadded encoding (Java's decoder ignores stray low bits of the last char). */
  private static byte[] base64(String text) {
    try {
      byte[] bytes = Base64.getDecoder().decode(text);
      return BASE64.encodeToString(bytes).equals(text) ? bytes : null;
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static byte[] utf8(String password) {
    return password.getBytes(StandardCharsets.UTF_8);
  }
}
