package inkwell.pages;

/**
 * Who is looking at a page: a signed-in user (with the csrf value their forms must carry) or nobody. Templates
 * read it to show "Write" and "Settings" or "Sign in" and "Register".
 */
public record Viewer(long id, String username, String image, String csrf, boolean admin) {
  public static final Viewer ANONYMOUS = new Viewer(0, null, null, null, false);

  public boolean signedIn() {
    return username != null;
  }

  public boolean is(String otherUsername) {
    return signedIn() && username.equals(otherUsername);
  }
}
