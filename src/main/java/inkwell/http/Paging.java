package inkwell.http;

import io.javalin.http.Context;

/** ?limit= and ?offset= of a list endpoint: limit 1..100 (default 20), offset 0 or more (default 0), else 422. */
public record Paging(int limit, int offset) {
  public static final int MAX_LIMIT = 100;

  public static Paging of(Context ctx) {
    var v = new Validation();
    int limit = number(v, "limit", ctx.queryParam("limit"), 20, 1, MAX_LIMIT);
    int offset = number(v, "offset", ctx.queryParam("offset"), 0, 0, Integer.MAX_VALUE);
    v.orThrow();
    return new Paging(limit, offset);
  }

  private static int number(Validation v, String name, String raw, int fallback, int min, int max) {
    if (raw == null || raw.isBlank()) return fallback;
    try {
      int n = Integer.parseInt(raw.trim());
      if (n >= min && n <= max) return n;
    } catch (NumberFormatException notANumber) {
      // reported below, like an out-of-range number
    }
    v.problem(name, max == Integer.MAX_VALUE
        ? "must be a whole number of at least " + min
        : "must be a whole number from " + min + " to " + max);
    return fallback;
  }
}
