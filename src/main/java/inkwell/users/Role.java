package inkwell.users;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an account may do: a plain user, or an admin (the admin routes and the "user" command's promote). Stored,
 * signed into tokens and shown to admins by name, so the names are the lower-case words of the data.
 */
public enum Role {
  user,
  admin;

  /** The role of this name, or empty for any other text. */
  public static Optional<Role> named(String name) {
    return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
  }
}
