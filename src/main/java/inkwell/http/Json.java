package inkwell.http;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The one ObjectMapper: strict about types coming in, RealWorld's timestamp format going out. */
public final class Json {
  private Json() {}

  /** "2026-11-22T05:34:32.120Z": always UTC, always milliseconds, as in the RealWorld examples. */
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  public static final ObjectMapper MAPPER = create();

  private static ObjectMapper create() {
    var types = new SimpleModule().addSerializer(new StdSerializer<>(Instant.class) {
      @Override
      public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(TIMESTAMP.format(value));
      }
    }).addDeserializer(String.class, new UnicodeStrings());
    var mapper = JsonMapper.builder()
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)                 // "8" is not a number, 8 is not a string
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)       // clients may send extra fields
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .addModule(types)
        .build();
    for (var shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    return mapper;
  }

  /** A string that is not Unicode text; JsonBody answers 422 naming the field. */
  public static final class NotUnicode extends JsonMappingException {
    NotUnicode(JsonParser parser) {
      super(parser, "has an unpaired surrogate");
    }
  }

  /**
   * Strings must be Unicode text. An escaped lone surrogate ("\\uD800") is valid JSON syntax but no character: the
   * databases would store it as '?' (and slug it), so it is refused like any other unreadable value.
   */
  private static final class UnicodeStrings extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      String value = super.deserialize(parser, context);
      if (value != null && hasLoneSurrogate(value)) throw new NotUnicode(parser);
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
  }
}
