package inkwell.http;

/** 409: the request clashes with what is stored (a slug taken however often we try another); the client must change it. */
public final class Conflict extends ApiError {
  public Conflict(String field, String message) {
    super(409, field, message);
  }
}
