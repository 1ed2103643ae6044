package inkwell.profiles;

import inkwell.auth.Identity;
import inkwell.http.Invalid;
import inkwell.http.NotFound;
import io.javalin.http.Context;

/**
 * Profiles and following.
 *   curl localhost:7070/api/profiles/ana
 *   curl -X POST   localhost:7070/api/profiles/ana/follow -H "Authorization: Token $TOKEN"
 *   curl -X DELETE localhost:7070/api/profiles/ana/follow -H "Authorization: Token $TOKEN"
 */
public final class ProfileHandlers {
  private final ProfileDao profiles;

  public ProfileHandlers(ProfileDao profiles) {
    this.profiles = profiles;
  }

  record ProfileResponse(Profile profile) {}

  public void get(Context ctx) {
    Long viewer = Identity.optional(ctx).map(Identity::userId).orElse(null);
    ctx.json(new ProfileResponse(find(ctx.pathParam("username"), viewer).toProfile()));
  }

  public void follow(Context ctx) {
    long me = Identity.of(ctx).userId();
    var target = find(ctx.pathParam("username"), me);
    if (target.id() == me) throw new Invalid("profile", "cannot follow yourself");
    profiles.follow(me, target.id());
    ctx.json(new ProfileResponse(find(target.username(), me).toProfile()));
  }

  public void unfollow(Context ctx) {
    long me = Identity.of(ctx).userId();
    var target = find(ctx.pathParam("username"), me);
    profiles.unfollow(me, target.id());
    ctx.json(new ProfileResponse(find(target.username(), me).toProfile()));
  }

  private ProfileRow find(String username, Long viewer) {
    return profiles.findByUsername(username, viewer).orElseThrow(() -> new NotFound("profile", username));
  }
}
