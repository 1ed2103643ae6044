package inkwell.web;

import static inkwell.web.SweepCase.Expect.REFUSED;
import static inkwell.web.SweepCase.concat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.web.SweepCase.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Bodies whose framing is broken (RFC 9112 §6-7): bad chunk sizes, Content-Length and Transfer-Encoding together,
 * bodies cut short, impossible lengths; and bodies over the size limit. Each is refused with one answer.
 */
final class MalformedFraming {
  private MalformedFraming() {}

  static final String CHUNKED = "Transfer-Encoding: chunked";

  static List<SweepCase> of(Target t) {
    byte[] body = t.invalidBody().getBytes(UTF_8);
    String type = "Content-Type: application/json";
    String size = Integer.toHexString(body.length);
    var cases = new ArrayList<SweepCase>();
    chunked(cases, t, "bad chunk size", ascii("zz\r\n"), body, ascii("\r\n0\r\n\r\n"));
    chunked(cases, t, "chunk size past 2^64", ascii("ffffffffffffffffffff\r\n"), body, ascii("\r\n0\r\n\r\n"));
    chunked(cases, t, "negative chunk size", ascii("-5\r\n"), body, ascii("\r\n0\r\n\r\n"));
    chunked(cases, t, "junk after the chunk size", ascii(size + " x\r\n"), body, ascii("\r\n0\r\n\r\n"));
    chunked(cases, t, "chunk longer than its size", ascii(Integer.toHexString(body.length - 5) + "\r\n"), body, ascii("\r\n0\r\n\r\n"));
    chunked(cases, t, "no CRLF after the chunk", ascii(size + "\r\n"), body, ascii("0\r\n\r\n"));
    chunked(cases, t, "malformed trailer", ascii(size + "\r\n"), body, ascii("\r\n0\r\nno colon here\r\n\r\n"));
    cases.add(SweepCase.halfClosed("framing", t + ": chunk shorter than its size, then closed",
        t.framed(List.of(type, CHUNKED), concat(ascii(Integer.toHexString(body.length + 50) + "\r\n"), body))));
    cases.add(SweepCase.halfClosed("framing", t + ": no last chunk, then closed",
        t.framed(List.of(type, CHUNKED), concat(ascii(size + "\r\n"), body, ascii("\r\n")))));
    String length = "Content-Length: " + body.length;
    byte[] chunkedBody = concat(ascii(size + "\r\n"), body, ascii("\r\n0\r\n\r\n"));
    framed(cases, t, "Content-Length and Transfer-Encoding", List.of(type, length, CHUNKED), chunkedBody);
    framed(cases, t, "Transfer-Encoding and Content-Length", List.of(type, CHUNKED, length), chunkedBody);
    framed(cases, t, "Transfer-Encoding: gzip", List.of(type, "Transfer-Encoding: gzip"), body);
    framed(cases, t, "Transfer-Encoding: chunked, chunked", List.of(type, "Transfer-Encoding: chunked, chunked"), chunkedBody);
    framed(cases, t, "Transfer-Encoding: identity", List.of(type, "Transfer-Encoding: identity", length), body);
    framed(cases, t, "Transfer-Encoding: xchunked", List.of(type, "Transfer-Encoding: xchunked"), body);
    framed(cases, t, "two Transfer-Encoding headers", List.of(type, CHUNKED, "Transfer-Encoding: identity"), chunkedBody);
    for (String odd : List.of("-1", "99999999999999999999", "abc", "+" + body.length, body.length + ", " + (body.length + 1), "0x10", "")) {
      framed(cases, t, "Content-Length: " + odd, List.of(type, "Content-Length: " + odd), body);
    }
    framed(cases, t, "two different Content-Lengths", List.of(type, length, "Content-Length: " + (body.length + 1)), body);
    framed(cases, t, "Content-Length 0 and a body", List.of(type, "Content-Length: 0"), body);
    framed(cases, t, "Content-Length shorter than the body", List.of(type, "Content-Length: " + (body.length - 3)), body);
    framed(cases, t, "neither length nor chunks, with a body", List.of(type), body);
    framed(cases, t, "Expect: 100-continue", List.of(type, length, "Expect: 100-continue"), body);
    framed(cases, t, "Expect: something else", List.of(type, length, "Expect: teapot"), body);
    cases.add(SweepCase.halfClosed("framing", t + ": Content-Length past the body, then closed",
        t.framed(List.of(type, "Content-Length: " + (body.length + 100)), body)));
    cases.add(SweepCase.halfClosed("framing", t + ": Content-Length, no body, then closed",
        t.framed(List.of(type, "Content-Length: 100"), new byte[0])));
    return cases;
  }

  /**
   * A request hidden behind the framing (RFC 9112 §11.2): if a front proxy and we disagreed on where the body ends,
   * the second request would be answered as someone else's. We must answer once and close.
   */
  static List<SweepCase> smuggling(Target t) {
    byte[] hidden = ascii("0\r\n\r\nGET /api/tags HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    byte[] headOnly = ascii(t.method() + " " + t.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n");
    var cases = new ArrayList<SweepCase>();
    for (var headers : List.of("Content-Length: " + hidden.length + "\r\n" + CHUNKED, CHUNKED + "\r\nContent-Length: " + hidden.length,
        CHUNKED + "\r\nTransfer-Encoding: identity", "Transfer-Encoding: chunked , identity")) {
      cases.add(SweepCase.of("framing", t + ": smuggled request behind " + headers.replace("\r\n", " + "),
          concat(headOnly, ascii(headers + "\r\n\r\n"), hidden), REFUSED)
          .and(reply -> assertEquals("", new String(reply.after(), UTF_8), "a second answer: the hidden request was served")));
    }
    return cases;
  }

  /** Over MAX_REQUEST_BYTES (1 MB by default) with a Content-Length, with chunks, and by its declared length alone. */
  static List<SweepCase> huge(Target t) {
    byte[] body = t.with(t.field(), "\"" + "x".repeat(1_100_000) + "\"");
    String type = "Content-Type: application/json";
    return List.of(
        SweepCase.of("huge bodies", t + ": 1.1 MB", t.json(body), REFUSED),
        SweepCase.of("huge bodies", t + ": 1.1 MB in chunks", t.framed(List.of(type, CHUNKED),
            concat(ascii("10000\r\n"), java.util.Arrays.copyOf(body, 0x10000), ascii("\r\n" + Integer.toHexString(body.length - 0x10000) + "\r\n"),
                java.util.Arrays.copyOfRange(body, 0x10000, body.length), ascii("\r\n0\r\n\r\n"))), REFUSED),
        SweepCase.halfClosed("huge bodies", t + ": Content-Length 2 GB, then closed",
            t.framed(List.of(type, "Content-Length: 2147483648"), t.invalidBody().getBytes(UTF_8))));
  }

  private static void chunked(List<SweepCase> cases, Target t, String name, byte[] head, byte[] body, byte[] tail) {
    framed(cases, t, name, List.of("Content-Type: application/json", CHUNKED), concat(head, body, tail));
  }

  private static void framed(List<SweepCase> cases, Target t, String name, List<String> headers, byte[] rest) {
    cases.add(SweepCase.of("framing", t + ": " + name, t.framed(headers, rest), REFUSED));
  }

  private static byte[] ascii(String text) {
    return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  }
}
