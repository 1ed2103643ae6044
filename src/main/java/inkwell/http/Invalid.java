package inkwell.http;

import java.util.List;
import java.util.Map;

/** 422: the request was understood but its content is not acceptable (RealWorld's validation error). */
public final class Invalid extends ApiError {
  public Invalid(Map<String, List<String>> errors) {
    super(422, errors);
  }

  public Invalid(String field, String message) {
    super(422, field, message);
  }
}
