package inkwell.web;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.StringJoiner;
import org.slf4j.LoggerFactory;

/**
 * With {@code -Dinkwell.startTimeline=true}, logs how long each piece of a server's start took on one line
 * (bench/README.md, "Start-up"); otherwise does nothing. Each piece shows its wall-clock ms and, after a slash, the
 * CPU ms of the thread doing it (Linux): on a busy machine the first is mostly waiting, the second is the work.
 */
public final class StartTimeline {
  private static final boolean ENABLED = Boolean.getBoolean("inkwell.startTimeline");
  /** When this class was first used: Main touches it first thing, so this is when main() began. */
  private static final long MAIN_NANOS = System.nanoTime();
  private static final Instant MAIN_INSTANT = Instant.now();
  private static final long MAIN_CPU_NANOS = ENABLED ? threadCpuNanos() : 0;

  private final StringJoiner pieces = new StringJoiner(", ");
  private final long began = System.nanoTime();
  private final long beganCpu = ENABLED ? threadCpuNanos() : 0;
  private long last = began;
  private long lastCpu = beganCpu;

  /** Called first thing in main(), so that the JVM's own start is told apart from ours. */
  public static void mainStarted() {
    // Loading this class is the whole point.
  }

  /** Ends the piece that began at the previous mark (or at construction), naming it. */
  void mark(String piece) {
    if (!ENABLED) return;
    long now = System.nanoTime();
    long cpu = threadCpuNanos();
    pieces.add(piece + " " + ms(now - last) + "/" + ms(cpu - lastCpu));
    last = now;
    lastCpu = cpu;
  }

  /** Logs the pieces, after the time from the JVM's creation to main() and from main() to this timeline. */
  void log() {
    if (!ENABLED) return;
    // The JVM's own record of its creation (java.management is loaded only here, with the timeline on).
    long launchToMain = MAIN_INSTANT.toEpochMilli() - ManagementFactory.getRuntimeMXBean().getStartTime();
    LoggerFactory.getLogger(StartTimeline.class).info(
        "start timeline (ms, wall/thread CPU): JVM creation to main {}, main to App.create {}/{}, {}; main to serving {}",
        launchToMain, ms(began - MAIN_NANOS), ms(beganCpu - MAIN_CPU_NANOS), pieces, ms(last - MAIN_NANOS));
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  /** This thread's CPU time so far: the first field of Linux's schedstat, in ns; 0 where there is none. */
  private static long threadCpuNanos() {
    try {
      String stat = Files.readString(Path.of("/proc/thread-self/schedstat"));
      return Long.parseLong(stat.substring(0, stat.indexOf(' ')));
    } catch (IOException | RuntimeException e) {
      return 0;
    }
  }
}
