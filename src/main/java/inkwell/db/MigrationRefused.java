package inkwell.db;

/** The schema cannot be brought up to date safely; the message names the file and what is wrong with it. */
public final class MigrationRefused extends RuntimeException {
  public MigrationRefused(String message) {
    super(message);
  }

  public MigrationRefused(String message, Throwable cause) {
    super(message, cause);
  }
}
