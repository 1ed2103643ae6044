package inkwell.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads every JSON string of a request body and refuses what is not storable text, in one place rather than per
 * handler and field, so both databases answer the same 422 naming the field before any handler or statement runs:
 * - U+0000 (NUL): PostgreSQL cannot store it in text (the insert failed: a 500), while SQLite stored it (an invisible
 *   character in a title or an email);
 * - an unpaired surrogate escape ("\ud800"): not Unicode text; it cannot be encoded as UTF-8 for either database.
 * Registered for String by {@link Json}.
 */
final class RequestStrings extends StringDeserializer {
  static final String NOT_UNICODE = "is not valid Unicode text (an unpaired surrogate escape)";

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String value = super.deserialize(p, ctxt);
    if (value == null) return null;
    if (value.indexOf('\0') >= 0) throw new Refused(p, Validation.NUL_REFUSED);
    if (hasLoneSurrogate(value)) throw new Refused(p, NOT_UNICODE);
    return value;
  }

  private static boolean hasLoneSurrogate(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) i++;
      else if (Character.isSurrogate(c)) return true;
    }
    return false;
  }

  /** A string we refuse; Jackson adds the path to it (article, tagList, 1) as the exception travels up. */
  static final class Refused extends JsonMappingException {
    private final String problem;

    Refused(JsonParser p, String problem) {
      super(p, "a string " + problem);
      this.problem = problem;
    }

    /** 422 naming the field as our validation does: by its own name ("title"), an item by its list's ("tagList"). */
    Invalid toInvalid() {
      String field = "body";
      for (var ref : getPath()) {
        if (ref.getFieldName() != null) field = ref.getFieldName();
      }
      return new Invalid(field, problem);
    }
  }
}
