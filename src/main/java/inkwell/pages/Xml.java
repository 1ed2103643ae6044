package inkwell.pages;

/**
 * Text made safe for XML (feeds, the sitemap): the five special characters escaped, and every character XML 1.0 does
 * not allow at all (control characters other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF) left out,
 * as no escape can carry them and one would make the whole document unreadable to a parser.
 */
final class Xml {
  private Xml() {}

  static String escape(String text) {
    if (text == null) return "";
    var out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(c -> {
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (allowed(c)) out.appendCodePoint(c);
        }
      }
    });
    return out.toString();
  }

  /** XML 1.0's Char production. */
  static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
