package inkwell.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import inkwell.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A failure nobody planned for (here: a table gone from under the server) is a generic 500, never a stack trace. */
class UnexpectedFailureTest {
  @RegisterExtension
  static final TestServer server = TestServer.perClass();

  @Test
  void database_failure_gives_generic_500_without_internals() {
    server.server.database().jdbi().useHandle(h -> h.execute("DROP TABLE follows"));
    var reply = server.http.get("/api/profiles/anyone", null);
    assertEquals(500, reply.status());
    assertEquals("something went wrong on our side; it has been logged", reply.json().at("/errors/server/0").asText());
    assertFalse(reply.body().contains("Exception"), reply.body());
    assertFalse(reply.body().toLowerCase().contains("follows"), "no SQL or table names leak: " + reply.body());
  }
}
