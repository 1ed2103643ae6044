package inkwell.web;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What the server logs while this is open. slf4j-simple (the tests' logger, see simplelogger.properties) writes to
 * whatever System.err is at the moment of each line, so swapping System.err catches every thread's lines; they are
 * still copied to the real stderr. Test classes run one after another, so no other test's lines get mixed in.
 */
final class CapturedLog implements AutoCloseable {
  private final PrintStream original = System.err;
  private final ByteArrayOutputStream copy = new ByteArrayOutputStream();

  CapturedLog() {
    System.setErr(new PrintStream(new OutputStream() {
      @Override
      public void write(int b) {
        original.write(b);
        copy.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) {
        original.write(bytes, offset, length);
        copy.write(bytes, offset, length);
      }
    }, true, StandardCharsets.UTF_8));
  }

  /** Lines logged at {@code level} ("ERROR", "WARN") so far. */
  List<String> lines(String level) {
    return copy.toString(StandardCharsets.UTF_8).lines().filter(line -> line.contains("] " + level + " ")).toList();
  }

  @Override
  public void close() {
    System.setErr(original);
  }
}
