package inkwell.profiles;

/** A user's public columns plus whether the caller follows them. */
public record ProfileRow(long id, String username, String bio, String image, boolean following) {
  public Profile toProfile() {
    return new Profile(username, bio, image, following);
  }
}
