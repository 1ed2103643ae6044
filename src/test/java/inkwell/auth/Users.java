package inkwell.auth;

import inkwell.Http;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Request bodies for the user endpoints, leaving out the fields given as null. */
final class Users {
  private Users() {}

  static String unique(String prefix) {
    return prefix + UUID.randomUUID().toString().substring(0, 8);
  }

  /** {"user":{"username":..,"email":..,"password":..}} for POST /api/users. */
  static String newUser(String username, String email, String password) {
    return wrapped("username", username, "email", email, "password", password);
  }

  /** {"user":{"email":..,"password":..}} for POST /api/users/login. */
  static String credentials(String email, String password) {
    return wrapped("email", email, "password", password);
  }

  /** {"user":{name: value, ...}} from alternating names and values. */
  static String wrapped(String... namesAndValues) {
    var user = new LinkedHashMap<String, String>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i + 1] != null) user.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return Http.json(Map.of("user", user));
  }
}
