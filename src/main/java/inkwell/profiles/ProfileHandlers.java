package inkwell.profiles;

import inkwell.auth.Identity;
import io.javalin.http.Context;

/**
 * Profiles and following (the rules are in Follows, which the pages share).
 *   curl localhost:7070/api/profiles/ana
 *   curl -X POST   localhost:7070/api/profiles/ana/follow -H "Authorization: Token $TOKEN"
 *   curl -X DELETE localhost:7070/api/profiles/ana/follow -H "Authorization: Token $TOKEN"
 */
public final class ProfileHandlers {
  private final Follows follows;

  public ProfileHandlers(Follows follows) {
    this.follows = follows;
  }

  record ProfileResponse(Profile profile) {}

  public void get(Context ctx) {
    Long viewer = Identity.optional(ctx).map(Identity::userId).orElse(null);
    ctx.json(new ProfileResponse(follows.find(ctx.pathParam("username"), viewer).toProfile()));
  }

  public void follow(Context ctx) {
    ctx.json(new ProfileResponse(follows.follow(Identity.of(ctx).userId(), ctx.pathParam("username"))));
  }

  public void unfollow(Context ctx) {
    ctx.json(new ProfileResponse(follows.unfollow(Identity.of(ctx).userId(), ctx.pathParam("username"))));
  }
}
