package inkwell.web;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.StringJoiner;
import org.slf4j.LoggerFactory;

/**
 * With {@code -Dinkwell.startTimeline=true}, logs how long each piece of a server's start took, in ms, on one line
 * (bench/README.md, "Start-up"); otherwise does nothing. The first piece runs from the JVM's creation to main().
 */
public final class StartTimeline {
  private static final boolean ENABLED = Boolean.getBoolean("inkwell.startTimeline");
  /** When this class was first used: Main touches it first thing, so this is when main() began. */
  private static final long MAIN_NANOS = System.nanoTime();
  private static final Instant MAIN_INSTANT = Instant.now();

  private final StringJoiner pieces = new StringJoiner(", ");
  private final long began = System.nanoTime();
  private long last = began;

  /** Called first thing in main(), so that the JVM's own start is told apart from ours. */
  public static void mainStarted() {
    // Loading this class is the whole point.
  }

  /** Ends the piece that began at the previous mark (or at construction), naming it. */
  void mark(String piece) {
    if (!ENABLED) return;
    long now = System.nanoTime();
    pieces.add(piece + " " + (now - last) / 1_000_000);
    last = now;
  }

  /** Logs the pieces, after the time from the JVM's creation to main() and from main() to this timeline. */
  void log() {
    if (!ENABLED) return;
    // The JVM's own record of its creation (java.management is loaded only here, with the timeline on).
    long launchToMain = MAIN_INSTANT.toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime();
    LoggerFactory.getLogger(StartTimeline.class).info(
        "start timeline (ms): JVM creation to main {}, main to App.create {}, {}; main to serving {}",
        launchToMain, (began - MAIN_NANOS) / 1_000_000, pieces, (last - MAIN_NANOS) / 1_000_000);
  }
}
