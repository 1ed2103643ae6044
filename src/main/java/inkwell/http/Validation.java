package inkwell.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Collects every problem with a request before answering, so the client can fix them all at once. */
public final class Validation {
  /** For a string holding U+0000: no field may (PostgreSQL cannot store it; see RequestStrings). */
  public static final String NUL_REFUSED = "must not contain the NUL character (U+0000)";

  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  public Validation problem(String field, String message) {
    errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    return this;
  }

  /** Without U+0000, for values that do not come through a JSON body (RequestStrings checks those), such as a query. */
  public Validation noNul(String field, String value) {
    if (value != null && value.indexOf('\0') >= 0) problem(field, NUL_REFUSED);
    return this;
  }

  /** Present and not blank. */
  public boolean required(String field, String value) {
    if (value == null || value.isBlank()) {
      problem(field, "can't be blank");
      return false;
    }
    return true;
  }

  /** Length in characters (code points), when the value is present. */
  public Validation length(String field, String value, int min, int max) {
    if (value == null) return this;
    int n = value.codePointCount(0, value.length());
    if (n < min) problem(field, "is too short (minimum is " + min + " characters)");
    if (n > max) problem(field, "is too long (maximum is " + max + " characters)");
    return this;
  }

  public Validation matches(String field, String value, Pattern pattern, String explanation) {
    if (value != null && !value.isEmpty() && !pattern.matcher(value).matches()) problem(field, explanation);
    return this;
  }

  public boolean ok() {
    return errors.isEmpty();
  }

  public void orThrow() {
    if (!errors.isEmpty()) throw toError();
  }

  public Invalid toError() {
    return new Invalid(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors)));
  }
}
