package inkwell.users;

import java.time.Instant;

/** A row of users. The password hash stays inside the server: no response or log line ever shows it. */
public record User(
    long id,
    String username,
    String email,
    String passwordHash,
    String bio,
    String image,
    Role role,
    Instant bannedAt,          // null: not banned
    Instant createdAt,
    Instant updatedAt) {

  public boolean isAdmin() {
    return role == Role.admin;
  }

  public boolean isBanned() {
    return bannedAt != null;
  }

  @Override
  public String toString() {
    return "User[id=" + id + ", username=" + username + ", role=" + role + "]";
  }
}
