package inkwell.users;

/**
 * Ends every login of a user at once. Accounts calls it when a ban or a new password must sign a user out
 * everywhere; auth implements it (sessions live there), so users needs nothing from auth.
 */
public interface SessionRevoker {
  void revokeAll(long userId);
}
