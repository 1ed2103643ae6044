package inkwell.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small text helpers the templates call: dates for people and machines, and addresses of tags and writers. */
public final class Format {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private Format() {}

  /** "2 December 2026" (UTC). */
  public static String day(Instant instant) {
    return instant == null ? "" : DAY.format(instant);
  }

  /** "14:05 UTC", for a time later today (when a login may be tried again). */
  public static String clock(Instant instant) {
    return instant == null ? "" : CLOCK.format(instant) + " UTC";
  }

  /** ISO-8601, for datetime attributes and feeds. */
  public static String iso(Instant instant) {
    return instant == null ? "" : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
  }

  /** A tag's page, "/tags/c%2B%2B": the name percent-encoded as one path segment ('/', '?', '#' and '+' included). */
  public static String tagPath(String tag) {
    return "/tags/" + segment(tag);
  }

  /** A writer's profile, "/@name" (letters of any script, percent-encoded). */
  public static String profilePath(String username) {
    return "/@" + segment(username);
  }

  static String segment(String text) {
    return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
