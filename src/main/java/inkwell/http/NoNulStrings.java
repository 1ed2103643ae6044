package inkwell.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;

/**
 * Reads every JSON string of a request body, and refuses one that holds U+0000 (NUL). PostgreSQL cannot store NUL
 * in text (the insert failed: a 500), while SQLite stored it (an invisible character in a title or an email). One
 * check where every body is read, rather than one per handler and field, answers both databases the same 422 naming
 * the field, before any handler or statement runs. Registered for String by {@link Json}.
 */
final class NoNulStrings extends StringDeserializer {
  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    String value = super.deserialize(p, ctxt);
    if (value != null && value.indexOf('\0') >= 0) throw new Found(p);
    return value;
  }

  /** A string with a NUL; Jackson adds the path to it (article, tagList, 1) as the exception travels up. */
  static final class Found extends JsonMappingException {
    Found(JsonParser p) {
      super(p, "a string contains U+0000");
    }

    /** 422 naming the field as our validation does: by its own name ("title"), an item by its list's ("tagList"). */
    Invalid toInvalid() {
      String field = "body";
      for (var ref : getPath()) {
        if (ref.getFieldName() != null) field = ref.getFieldName();
      }
      return new Invalid(field, Validation.NUL_REFUSED);
    }
  }
}
