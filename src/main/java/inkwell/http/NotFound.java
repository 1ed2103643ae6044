package inkwell.http;

/** 404: no such resource, e.g. {@code new NotFound("article", slug)}. */
public final class NotFound extends ApiError {
  public NotFound(String kind, Object key) {
    super(404, kind, "not found: " + key);
  }
}
