package inkwell.http;

/** 403: we know who you are, and you may not do this. */
public final class Forbidden extends ApiError {
  private final boolean ban;

  public Forbidden(String what) {
    super(403, "permission", what);
    this.ban = false;
  }

  /** 403 about one thing, e.g. {"errors":{"csrf":["..."]}}. */
  public Forbidden(String field, String message) {
    this(field, message, false);
  }

  private Forbidden(String field, String message, boolean ban) {
    super(403, field, message);
    this.ban = ban;
  }

  /** The caller's account is banned: {"errors":{"user":["is banned"]}}. */
  public static Forbidden banned() {
    return new Forbidden("user", "is banned", true);
  }

  /** True for {@link #banned()}: on an OPTIONAL route a banned user's token reads as anonymous (see TokenCheck). */
  public boolean isBan() {
    return ban;
  }
}
