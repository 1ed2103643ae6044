package inkwell.pages;

import inkwell.http.Validation;
import io.javalin.http.Context;

/**
 * Reading a posted form. A JSON body's strings are checked for NUL by http/RequestStrings before any handler runs;
 * a form's fields do not pass there, so the same refusal (and message) is made here: PostgreSQL cannot store U+0000,
 * and SQLite would keep an invisible character.
 */
final class Forms {
  private Forms() {}

  /** The field as sent, "" when absent, NUL removed (for showing it back; {@link #refuseNul} refuses it for use). */
  static String text(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value.replace("\0", "");
  }

  /** 422 naming each of these fields that holds NUL; after it, {@link #text} is exactly what was sent. */
  static void refuseNul(Context ctx, String... names) {
    var v = new Validation();
    for (String name : names) v.noNul(name, ctx.formParam(name));
    v.orThrow();
  }
}
