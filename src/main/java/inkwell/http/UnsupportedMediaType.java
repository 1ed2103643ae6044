package inkwell.http;

/** 415: a body that is not declared as JSON, or is declared in a charset other than UTF-8. */
public final class UnsupportedMediaType extends ApiError {
  public UnsupportedMediaType(String contentType) {
    super(415, "body", "must be sent as Content-Type: application/json, got " + (contentType == null ? "none" : contentType));
  }

  private UnsupportedMediaType(String field, String message) {
    super(415, field, message);
  }

  static UnsupportedMediaType charset(String charset) {
    return new UnsupportedMediaType("body", "must be UTF-8 (charset=utf-8 or no charset), got charset=" + charset);
  }
}
