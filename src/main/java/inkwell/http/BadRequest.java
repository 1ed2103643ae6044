package inkwell.http;

/** 400: the body could not be read at all (not JSON, empty). */
public final class BadRequest extends ApiError {
  public BadRequest(String message) {
    super(400, "body", message);
  }
}
