package inkwell.cli;

import static inkwell.cli.InkwellProcess.pause;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;

/** HTTP/1.1 by hand, for what a client library hides: headers it will not send, kept-alive and refused connections. */
final class RawHttp {
  private RawHttp() {}

  /** Sends {@code request} (ending with "Connection: close") on a new connection and returns the whole response. */
  static String exchange(int port, String request) {
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int status(String response) {
    return Integer.parseInt(response.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
  }

  /**
   * True once a new connection is refused, or accepted but not answered with a 200, within {@code within}:
   * the shutdown hook runs a moment after the signal, so the first tries may still be served.
   */
  static boolean newConnectionsTurnedAway(int port, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      try (var probe = new Socket()) {
        probe.connect(new InetSocketAddress("127.0.0.1", port), 500);
        probe.setSoTimeout(500);
        probe.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
            .getBytes(StandardCharsets.US_ASCII));
        String reply = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!reply.startsWith("HTTP/1.1 200")) return true;
      } catch (IOException refusedResetOrUnanswered) {
        return true;
      }
      pause(Duration.ofMillis(50));
    }
    return false;
  }

  /** Sends GET /health on a kept-alive connection and returns the response's status, or -1 if the server closed it. */
  static int healthOnKeptAlive(Socket socket) {
    String response = healthReplyOnKeptAlive(socket);
    return response == null ? -1 : status(response);
  }

  /** Sends GET /health on a kept-alive connection and returns the whole response, or null if the server closed it. */
  static String healthReplyOnKeptAlive(Socket socket) {
    try {
      socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      var in = socket.getInputStream();
      var head = new StringBuilder();
      while (!head.toString().endsWith("\r\n\r\n")) {
        int b = in.read();
        if (b < 0) return null;
        head.append((char) b);
      }
      var length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
      byte[] body = in.readNBytes(length.find() ? Integer.parseInt(length.group(1)) : 0);
      return head + new String(body, StandardCharsets.UTF_8);
    } catch (IOException closed) {
      return null;
    }
  }
}
