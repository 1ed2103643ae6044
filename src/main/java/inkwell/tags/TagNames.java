package inkwell.tags;

import inkwell.http.Validation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/** Tags as users type them, made into tags as we store them: trimmed, lower-case, no blanks, no repeats, order kept. */
public final class TagNames {
  public static final int MAX_TAGS = 20;
  public static final int MAX_LENGTH = 40;

  private TagNames() {}

  public static List<String> normalise(List<String> raw) {
    var names = new LinkedHashSet<String>();
    for (String tag : raw) {
      if (tag == null) continue;
      String name = tag.trim().toLowerCase(Locale.ROOT);
      if (!name.isEmpty()) names.add(name);
    }
    return new ArrayList<>(names);
  }

  /**
   * Sorted as the database sorts them when it reads an article back (TagDao/findForArticles.sql): by code point, as
   * SQLite compares text and PostgreSQL's "C" collation does (V007). Not String.compareTo, which compares UTF-16
   * units and puts an emoji before U+FF5A.
   */
  public static List<String> sorted(List<String> names) {
    var sorted = new ArrayList<>(names);
    sorted.sort(TagNames::compareCodePoints);
    return sorted;
  }

  private static int compareCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) return Integer.compare(ca, cb);
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  public static void validate(Validation v, List<String> names) {
    if (names.size() > MAX_TAGS) v.problem("tagList", "has too many tags (maximum is " + MAX_TAGS + ")");
    for (String name : names) {
      if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
        v.problem("tagList", "has a tag longer than " + MAX_LENGTH + " characters");
        return;
      }
    }
  }
}
