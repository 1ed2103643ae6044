package inkwell.profiles;

import inkwell.http.Invalid;
import inkwell.http.NotFound;

/** Following and unfollowing, for the API handlers and the HTML pages alike: nobody can follow themselves. */
public final class Follows {
  private final ProfileDao profiles;

  public Follows(ProfileDao profiles) {
    this.profiles = profiles;
  }

  /** Idempotent; returns the profile as the follower now sees it. */
  public Profile follow(long me, String username) {
    var target = find(username, me);
    if (target.id() == me) throw new Invalid("profile", "cannot follow yourself");
    profiles.follow(me, target.id());
    return find(target.username(), me).toProfile();
  }

  public Profile unfollow(long me, String username) {
    var target = find(username, me);
    profiles.unfollow(me, target.id());
    return find(target.username(), me).toProfile();
  }

  public ProfileRow find(String username, Long viewer) {
    return profiles.findByUsername(username, viewer).orElseThrow(() -> new NotFound("profile", username));
  }
}
