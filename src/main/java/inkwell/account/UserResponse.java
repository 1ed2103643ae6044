package inkwell.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import inkwell.users.User;

/** RealWorld's {"user": {...}}; refreshToken is our extension, present only where one was just issued. */
public record UserResponse(Body user) {

  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Body(String email, String token, String username, String bio, String image, String refreshToken) {}

  public static UserResponse of(User u, String accessToken, String refreshToken) {
    return new UserResponse(new Body(u.email(), accessToken, u.username(), u.bio(), u.image(), refreshToken));
  }
}
