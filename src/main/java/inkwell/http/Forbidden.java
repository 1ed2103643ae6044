package inkwell.http;

/** 403: we know who you are, and you may not do this. */
public final class Forbidden extends ApiError {
  public Forbidden(String what) {
    super(403, "permission", what);
  }

  /** 403 about one thing, e.g. {"errors":{"user":["is banned"]}}. */
  public Forbidden(String field, String message) {
    super(403, field, message);
  }
}
