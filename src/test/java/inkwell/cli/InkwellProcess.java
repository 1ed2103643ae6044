package inkwell.cli;

import inkwell.TestDatabase;
import inkwell.TestServer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The real entry point, {@code inkwell.Main}, in a child JVM with only the given environment, as
 * {@code java -jar inkwell.jar ARGS} runs it. Its output is collected as it comes; every wait is bounded.
 */
public final class InkwellProcess implements AutoCloseable {
  private static final Pattern LISTENING = Pattern.compile("Inkwell is listening on http://localhost:(\\d+)");

  private final Process process;
  private final StringBuffer stdout = new StringBuffer();
  private final StringBuffer stderr = new StringBuffer();
  private final List<Thread> readers;

  private InkwellProcess(Process process) {
    this.process = process;
    this.readers = List.of(collect(process.getInputStream(), stdout), collect(process.getErrorStream(), stderr));
  }

  public static InkwellProcess start(Map<String, String> env, String... args) {
    return start(List.of(), env, args);
  }

  /** With extra JVM options, e.g. a -D for one logger's level. */
  public static InkwellProcess start(List<String> jvmOptions, Map<String, String> env, String... args) {
    // Quick start-up flags: each child lives a few seconds, so compiling less pays (about 2 s saved per child).
    var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", mainClassPath(), "inkwell.Main"));
    command.addAll(List.of(args));
    var builder = new ProcessBuilder(command);
    // Only what the test gives: a DATABASE_URL or JWT_SECRET in the developer's shell must not leak in.
    builder.environment().clear();
    builder.environment().putAll(env);
    try {
      return new InkwellProcess(builder.start());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code inkwell serve} on a free port over {@code database}, with the test settings plus {@code namesAndValues}. */
  public static InkwellProcess serve(TestDatabase database, String... namesAndValues) {
    return serve(List.of(), database, namesAndValues);
  }

  public static InkwellProcess serve(List<String> jvmOptions, TestDatabase database, String... namesAndValues) {
    return start(jvmOptions, env(database, namesAndValues), "serve", "--port", "0");
  }

  /** The test settings over {@code database}, with more variables as alternating names and values. */
  public static Map<String, String> env(TestDatabase database, String... namesAndValues) {
    var env = new HashMap<>(Map.of("DATABASE_URL", database.url(), "JWT_SECRET", TestServer.SECRET,
        "JWT_ISSUER", TestServer.ISSUER));
    for (int i = 0; i < namesAndValues.length; i += 2) env.put(namesAndValues[i], namesAndValues[i + 1]);
    return env;
  }

  /**
   * This JVM's class path without the test classes and resources: the child gets the jar's contents (and its
   * simplelogger.properties, not the tests' quieter one) plus the dependencies, as with {@code java -jar}.
   */
  private static String mainClassPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !Path.of(entry).endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static Thread collect(InputStream stream, StringBuffer into) {
    var reader = new Thread(() -> {
      try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        char[] buffer = new char[4096];
        for (int n; (n = in.read(buffer)) >= 0; ) into.append(buffer, 0, n);
      } catch (IOException ignored) {
        // the process is gone
      }
    }, "child-output");
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  public String stdout() {
    return stdout.toString();
  }

  public String stderr() {
    return stderr.toString();
  }

  /** Waits (up to 20 s) for "Inkwell is listening on http://localhost:PORT" and returns the port. */
  public int port() {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      var matcher = LISTENING.matcher(stdout);
      if (matcher.find()) return Integer.parseInt(matcher.group(1));
      pause(Duration.ofMillis(20));
    }
    throw new AssertionError("the server did not say where it listens\n" + this);
  }

  /**
   * SIGTERM, as from "kill" or a container stop. Through the ProcessHandle: Process.destroy() sends the same signal
   * but also closes our ends of the child's stdout and stderr, losing what it prints while it shuts down.
   */
  public void terminate() {
    process.toHandle().destroy();
  }

  /** SIGKILL, as kill -9 or a crash: no shutdown hook, no draining, nothing flushed by the JVM. Waits until it is gone. */
  public void kill() {
    close();
  }

  /**
   * Waits (up to {@code within}) until a request is in flight in the process: a thread inside Jetty's
   * GracefulHandler and on into Javalin, so a shutdown now must wait for it. The proof is a thread dump, which the
   * JVM prints on stdout when sent SIGQUIT (and carries on): however slow a loaded machine is to deliver a request
   * sent in the background, the test goes on only once the server is working on it.
   */
  public void awaitRequestInFlight(Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline && process.isAlive()) {
      if (threadDump(deadline).stream().anyMatch(t -> t.contains("GracefulHandler.handle") && t.contains("io.javalin."))) {
        return;
      }
      pause(Duration.ofMillis(50));
    }
    throw new AssertionError("no request in flight after " + within + "\n" + this);
  }

  /** One thread dump of the process, a stack trace per thread; empty if none came by the deadline. */
  private List<String> threadDump(long deadline) {
    int from = stdout.length();
    try {
      new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    while (System.nanoTime() < deadline && process.isAlive()) {
      String since = stdout.substring(from);
      int end = since.indexOf("JNI global refs");   // the dump's last line
      if (end >= 0) return List.of(since.substring(0, end).split("\n\n"));
      pause(Duration.ofMillis(20));
    }
    return List.of();
  }

  /** Waits for the process to end by itself; its exit code, or an AssertionError when it is still running. */
  public int exitCode(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new AssertionError("still running after " + timeout + "\n" + this);
      }
      // The readers finish just after the process: wait for them so that its last lines are in.
      for (Thread reader : readers) reader.join(2000);
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "--- stdout:\n" + stdout + "--- stderr:\n" + stderr;
  }

  /** Never leave a child behind, whatever the test did. */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
