package inkwell.articles;

import inkwell.http.Conflict;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;

/**
 * URL-safe slugs from titles: "Héllo, World!" gives "hello-world". Accents are folded to ASCII; a title with no
 * ASCII letters or digits at all (Chinese, say) gives "article". Clashes get a random suffix: "hello-world-k3x9q2".
 */
public final class Slugs {
  static final int MAX_BASE_LENGTH = 80;
  private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private Slugs() {}

  public static String base(String title) {
    String folded = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_BASE_LENGTH) slug = slug.substring(0, MAX_BASE_LENGTH).replaceAll("-+$", "");
    return slug.isEmpty() ? "article" : slug;
  }

  /** 409 for a title whose slug and every random variant tried were taken (in practice: never). */
  public static Conflict noneFree(String base) {
    return new Conflict("title", "gives the slug " + base + ", which is taken, and so were the variants tried; change the title");
  }

  public static String withSuffix(String base) {
    var suffix = new StringBuilder(base).append('-');
    for (int i = 0; i < 6; i++) suffix.append(SUFFIX_ALPHABET.charAt(RANDOM.nextInt(SUFFIX_ALPHABET.length())));
    return suffix.toString();
  }
}
