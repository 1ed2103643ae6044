package inkwell.articles;

import inkwell.http.Conflict;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * URL-safe slugs from titles: "Héllo, World!" gives "hello-world". Accents are folded to ASCII; a title with no
 * ASCII letters or digits at all (Chinese, say) gives "article". Clashes get a random suffix: "hello-world-k3x9q2".
 */
public final class Slugs {
  static final int MAX_BASE_LENGTH = 80;
  private static final String SUFFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  private static final SecureRandom RANDOM = new SecureRandom();
  // compiled once: String.replaceAll compiles its pattern on every call
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");
  private static final Pattern TRAILING_HYPHENS = Pattern.compile("-+$");

  private Slugs() {}

  public static String base(String title) {
    String folded = MARKS.matcher(Normalizer.normalize(title, Normalizer.Form.NFKD)).replaceAll("");
    String hyphenated = NOT_ALPHANUMERIC.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll("-");
    String slug = EDGE_HYPHENS.matcher(hyphenated).replaceAll("");
    if (slug.length() > MAX_BASE_LENGTH) slug = TRAILING_HYPHENS.matcher(slug.substring(0, MAX_BASE_LENGTH)).replaceAll("");
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
