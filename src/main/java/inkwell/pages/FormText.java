package inkwell.pages;

import inkwell.http.Invalid;
import inkwell.http.Validation;
import io.javalin.http.Context;

/**
 * A text field of one of the blog's forms. An absent field reads as "" (a form always sends its fields; a missing one
 * is a blank one), and U+0000 is refused with the same 422 a JSON body gets: PostgreSQL cannot store it.
 */
final class FormText {
  private FormText() {}

  static String of(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }

  /** Throws the 422 for the first field that holds U+0000. */
  static void refuseNul(String field, String value) {
    var v = new Validation().noNul(field, value);
    if (!v.ok()) throw v.toError();
  }

  /** 422 naming each of these fields that holds U+0000 (all at once, so the form lists every one). */
  static void refuseNul(Context ctx, String... names) {
    var v = new Validation();
    for (String name : names) v.noNul(name, ctx.formParam(name));
    v.orThrow();
  }

  /** A yes/no field such as favorite=true|false: anything else is a 422. */
  static boolean flag(Context ctx, String name) {
    String value = ctx.formParam(name);
    if ("true".equals(value)) return true;
    if ("false".equals(value)) return false;
    throw new Invalid(name, "must be true or false");
  }
}
