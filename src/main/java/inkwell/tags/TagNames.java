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
