package inkwell.db;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time rows are stamped with: milliseconds, because SQLite keeps no more, so both databases answer alike. */
public final class Timestamps {
  private Timestamps() {}

  public static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MILLIS);
  }
}
