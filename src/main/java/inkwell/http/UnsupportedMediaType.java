package inkwell.http;

/** 415: a body that is not declared as JSON. */
public final class UnsupportedMediaType extends ApiError {
  public UnsupportedMediaType(String contentType) {
    super(415, "body", "must be sent as Content-Type: application/json, got " + (contentType == null ? "none" : contentType));
  }
}
