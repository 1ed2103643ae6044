package inkwell.users;

import inkwell.http.Validation;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a username, email, password, bio and image may look like; shared by register and update. */
public final class UserRules {
  private UserRules() {}

  // Letters and digits of any script (the notes are Chinese), plus _ . -; they appear in /api/profiles/{username}.
  private static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}_.-]+");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern IMAGE_URL = Pattern.compile("https?://\\S+", Pattern.CASE_INSENSITIVE);

  /** OWASP ASVS 2.1.1/2.1.2: at least 8 characters; at least 64 allowed (we take 128). */
  public static final int PASSWORD_MIN = 8;
  public static final int PASSWORD_MAX = 128;

  public static String normaliseEmail(String email) {
    return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
  }

  public static String normaliseUsername(String username) {
    return username == null ? null : username.trim();
  }

  public static void username(Validation v, String username) {
    v.length("username", username, 1, 40)
        .matches("username", username, USERNAME, "may contain only letters, digits, '_', '.' and '-'");
  }

  public static void email(Validation v, String email) {
    v.length("email", email, 3, 254).matches("email", email, EMAIL, "is invalid");
  }

  public static void password(Validation v, String password) {
    v.length("password", password, PASSWORD_MIN, PASSWORD_MAX);
  }

  public static void profile(Validation v, String bio, String image) {
    v.length("bio", bio, 0, 2000);
    v.length("image", image, 0, 2000).matches("image", image, IMAGE_URL, "must be an http(s) URL");
  }
}
