package inkwell.profiles;

/** RealWorld's public view of a user, as seen by the caller ("following" is false for anonymous callers). */
public record Profile(String username, String bio, String image, boolean following) {}
