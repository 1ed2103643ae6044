package inkwell.web;

import inkwell.Http;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 by hand, for the bytes java.net.http will not send: broken chunked framing, Content-Length and
 * Transfer-Encoding together, bodies cut short, other charsets, invalid UTF-8. One request per connection.
 */
record RawExchange(int status, Map<String, List<String>> headers, byte[] body, byte[] after) {

  /**
   * Writes {@code request} on a new connection (closing our side for writing when {@code halfClose}: a client that
   * gives up mid-body), then reads until the server closes. Null when no response came at all.
   */
  static RawExchange send(int port, byte[] request, boolean halfClose) {
    try (var socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      try {
        socket.getOutputStream().write(request);
        if (halfClose) socket.shutdownOutput();
      } catch (IOException closedBeforeWeFinished) {
        // a server that refuses early (413) may close while we still write: its answer is read below
      }
      byte[] received = readUntilClosed(socket.getInputStream());
      if (received.length == 0) return null;
      var exchange = parse(received);
      while (exchange.status / 100 == 1) exchange = parse(exchange.after);   // 100 Continue, then the answer
      return exchange;
    } catch (IOException e) {
      throw new AssertionError("exchange failed: " + e, e);
    }
  }

  private static byte[] readUntilClosed(InputStream in) throws IOException {
    var out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) out.write(buffer, 0, n);
    } catch (SocketTimeoutException stillOpen) {
      throw new AssertionError("the server neither answered nor closed within 10 s; got: " + out.toString(StandardCharsets.ISO_8859_1));
    } catch (IOException reset) {
      // a reset after the answer (the server closed with our unread bytes pending) still leaves the answer
    }
    return out.toByteArray();
  }

  /** The first response in {@code received}; whatever follows it (a second, smuggled response) is kept in after(). */
  private static RawExchange parse(byte[] received) {
    String text = new String(received, StandardCharsets.ISO_8859_1);
    int headEnd = text.indexOf("\r\n\r\n");
    if (!text.startsWith("HTTP/1.1 ") || headEnd < 0) throw new AssertionError("not an HTTP response: " + text);
    var lines = text.substring(0, headEnd).split("\r\n");
    var headers = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
    for (int i = 1; i < lines.length; i++) {
      String[] field = lines[i].split(":", 2);
      headers.computeIfAbsent(field[0].trim(), k -> new java.util.ArrayList<>()).add(field[1].trim());
    }
    int start = headEnd + 4;
    int end = start;
    var body = new ByteArrayOutputStream();
    int status = Integer.parseInt(lines[0].substring(9, 12));
    if (status / 100 == 1) {
      end = start;   // an interim answer has no body
    } else if (headers.containsKey("Content-Length")) {
      end = start + Integer.parseInt(headers.get("Content-Length").get(0));
      body.write(received, start, Math.min(end, received.length) - start);
    } else if (start < received.length && String.valueOf(headers.get("Transfer-Encoding")).toLowerCase(Locale.ROOT).contains("chunked")) {
      for (int size; ; end += size + 2) {
        int lineEnd = text.indexOf("\r\n", end);
        size = Integer.parseInt(text.substring(end, lineEnd).split(";")[0].trim(), 16);
        end = lineEnd + 2;
        if (size == 0) {
          end = text.indexOf("\r\n", end) + 2;   // no trailers from our server
          break;
        }
        body.write(received, end, size);
      }
    } else {
      end = received.length;   // read until closed
      body.write(received, start, end - start);
    }
    return new RawExchange(status, headers, body.toByteArray(),
        Arrays.copyOfRange(received, Math.min(end, received.length), received.length));
  }

  String header(String name) {
    var values = headers.get(name);
    return values == null ? null : values.get(0);
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** The same reply as the test client's, for the shared assertions in ErrorReplies. */
  Http.Reply asReply() {
    return new Http.Reply(status, HttpHeaders.of(headers, (name, value) -> true), bodyText());
  }

  @Override
  public String toString() {
    return status + " " + headers + " " + bodyText() + (after.length > 0 ? " then " + new String(after, StandardCharsets.ISO_8859_1) : "");
  }
}
