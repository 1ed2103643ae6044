package inkwell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

/** Assertions on our error replies: the status, RealWorld's {"errors":{"field":["message"]}}, and nothing leaked. */
public final class ErrorReplies {
  private ErrorReplies() {}

  /** The reply has this status and the error shape, with at least one message for {@code field}; returns those messages. */
  public static List<String> assertError(Http.Reply reply, int status, String field) {
    assertEquals(status, reply.status(), reply.body());
    assertErrorShape(reply);
    var messages = reply.json().get("errors").get(field);
    assertNotNull(messages, "no errors." + field + " in " + reply.body());
    var texts = new ArrayList<String>();
    messages.forEach(m -> texts.add(m.asText()));
    return texts;
  }

  /** A 401 for a refused token: RFC 6750 invalid_token challenge, and errors.token says why (containing {@code why}). */
  public static void assertInvalidToken(Http.Reply reply, String why) {
    String message = assertError(reply, 401, "token").get(0);
    assertTrue(message.contains(why), "expected '" + why + "' in " + reply.body());
    String challenge = reply.header("WWW-Authenticate");
    assertNotNull(challenge, "no WWW-Authenticate header");
    assertTrue(challenge.startsWith("Bearer realm=\"inkwell\""), challenge);
    assertTrue(challenge.contains("error=\"invalid_token\""), challenge);
    assertTrue(challenge.contains("error_description=\"" + message + "\""), challenge);
  }

  /** 401 {"errors":{"token":["revoked"]}} with an invalid_token challenge. */
  public static void assertRevoked(Http.Reply reply) {
    assertEquals(List.of("revoked"), assertError(reply, 401, "token"), reply.body());
    assertInvalidTokenChallenge(reply);
  }

  /** 401 {"errors":{"token":["fresh token required"]}} with an invalid_token challenge. */
  public static void assertFreshTokenRequired(Http.Reply reply) {
    assertEquals(List.of("fresh token required"), assertError(reply, 401, "token"), reply.body());
    assertInvalidTokenChallenge(reply);
  }

  // Unlike other refusals, these two explain themselves at more length in the challenge than in the body.
  private static void assertInvalidTokenChallenge(Http.Reply reply) {
    String challenge = reply.header("WWW-Authenticate");
    assertTrue(challenge != null && challenge.startsWith("Bearer realm=\"inkwell\"")
        && challenge.contains("error=\"invalid_token\""), "WWW-Authenticate: " + challenge);
  }

  /** 403 {"errors":{"user":["is banned"]}}. */
  public static void assertBanned(Http.Reply reply) {
    assertEquals(List.of("is banned"), assertError(reply, 403, "user"), reply.body());
  }

  /** 403 for a caller who is not (or no longer) an admin. */
  public static void assertNotAdmin(Http.Reply reply) {
    assertError(reply, 403, "permission");
  }

  /** JSON, {"errors": {name: [non-empty strings]}} and no stack trace or exception name. */
  public static void assertErrorShape(Http.Reply reply) {
    String type = reply.header("Content-Type");
    assertTrue(type != null && type.startsWith("application/json"), "Content-Type " + type + " for " + reply.body());
    var errors = reply.json().get("errors");
    assertTrue(errors != null && errors.isObject() && errors.size() > 0, reply.body());
    for (var field : errors.properties()) {
      assertTrue(field.getValue().isArray() && field.getValue().size() > 0, reply.body());
      field.getValue().forEach(m -> assertTrue(m.isTextual() && !m.asText().isBlank(), reply.body()));
    }
    assertFalse(reply.body().contains("Exception"), reply.body());
    assertFalse(reply.body().contains("\tat ") || reply.body().contains("at inkwell."), reply.body());
  }
}
