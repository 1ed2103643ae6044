package inkwell.web;

import static inkwell.ErrorReplies.assertError;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.Http;
import inkwell.TestServer;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A body whose framing is broken (RFC 9112 §6-7) is the client's fault: 400 in our error shape, never the 500 of an
 * unexpected exception, and nothing logged as an error. Jetty reports it only when the handler reads the body.
 */
class RequestFramingTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  static final String BODY = "{\"user\":{\"email\":\"\",\"password\":\"\"}}";
  static CapturedLog log;
  static String token;

  @BeforeAll
  static void captureTheLog() {
    token = server.register("framing").get("token").asText();
    log = new CapturedLog();
  }

  @AfterAll
  static void noErrorWasLogged() {
    log.close();
    assertEquals(List.of(), log.lines("ERROR"));
  }

  static RawExchange send(String path, String headers, String rest, boolean halfClose) {
    String request = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers + "\r\n" + rest;
    var reply = RawExchange.send(server.server.port(), request.getBytes(US_ASCII), halfClose);
    assertNotNull(reply, "no answer");
    return reply;
  }

  static Http.Reply chunked(String path, String contentType, String chunks, boolean halfClose) {
    String authorization = path.contains("/comments") ? "Authorization: Token " + token + "\r\n" : "";
    return send(path, authorization + "Content-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n", chunks, halfClose).asReply();
  }

  /** Every way a body is read: JSON or form (register, login), JSON only (comments), the refresh token check. */
  @ParameterizedTest
  @CsvSource({"/api/users/login, application/json", "/api/users, application/x-www-form-urlencoded",
      "/api/users/refresh, application/json", "/api/articles/none/comments, application/json"})
  void an_invalid_chunk_size_gives_400(String path, String contentType) {
    var messages = assertError(chunked(path, contentType, "zz\r\n" + BODY + "\r\n0\r\n\r\n", false), 400, "body");
    assertTrue(messages.get(0).contains("chunked framing"), messages.toString());
  }

  @Test
  void a_chunk_size_past_2_to_the_64_gives_400() {
    assertError(chunked("/api/users/login", "application/json", "ffffffffffffffffffff\r\n" + BODY + "\r\n0\r\n\r\n", false), 400, "body");
  }

  @Test
  void chunks_without_the_last_chunk_then_closed_give_400() {
    String chunk = Integer.toHexString(BODY.length()) + "\r\n" + BODY + "\r\n";
    assertError(chunked("/api/users/login", "application/json", chunk, true), 400, "body");
  }

  /** Decided: a client that closes its side mid-body still hears why (400), rather than a silently closed connection. */
  @Test
  void a_body_shorter_than_its_content_length_then_closed_gives_400() {
    var reply = send("/api/users/login", "Content-Type: application/json\r\nContent-Length: " + (BODY.length() + 100) + "\r\n", BODY, true);
    var messages = assertError(reply.asReply(), 400, "body");
    assertTrue(messages.get(0).contains("Content-Length"), messages.toString());
  }

  /** RFC 9112 §6.1: both headers may be a smuggling attempt; refused outright, and the hidden request is never run. */
  @Test
  void content_length_with_transfer_encoding_gives_400_and_answers_once() {
    String hidden = "0\r\n\r\nGET /api/tags HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
    var reply = RawExchange.send(server.server.port(), ("POST /api/users/login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + hidden.length() + "\r\nTransfer-Encoding: chunked\r\n\r\n" + hidden)
        .getBytes(US_ASCII), false);
    assertNotNull(reply, "no answer");
    assertError(reply.asReply(), 400, "request");
    assertEquals(0, reply.after().length, "a second answer: " + reply);
  }
}
