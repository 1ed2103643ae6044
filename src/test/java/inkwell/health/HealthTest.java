package inkwell.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestServer;
import org.junit.jupiter.api.Test;

/** /health says the process answers; /ready says the database answers and every migration is applied. */
class HealthTest {

  @Test
  void a_started_server_is_alive_and_ready() {
    try (var server = TestServer.start()) {
      var health = server.http.get("/health", null);
      assertEquals(200, health.status());
      assertEquals("up", health.json().get("status").asText());
      var ready = server.http.get("/ready", null);
      assertEquals(200, ready.status(), ready.body());
      assertEquals("ready", ready.json().get("status").asText());
      int packaged = inkwell.db.Migration.fromClasspath(server.server.database().dialect()).size();
      assertTrue(packaged >= 5, "V001..V005 at least");
      assertEquals(packaged, ready.json().get("migrations").asInt(), "every packaged migration is applied");
    }
  }

  @Test
  void a_migration_missing_from_the_database_makes_it_not_ready_but_still_alive() {
    try (var server = TestServer.start()) {
      server.server.database().jdbi().useHandle(h -> h.execute("DELETE FROM schema_migrations WHERE version = 2"));
      var ready = server.http.get("/ready", null);
      assertEquals(503, ready.status());
      assertEquals("5", ready.header("Retry-After"));
      assertTrue(ready.json().at("/errors/migrations/0").asText().startsWith("1 not applied"), ready.body());
      assertEquals(200, server.http.get("/health", null).status());
    }
  }

  @Test
  void an_unreachable_database_makes_it_not_ready_without_saying_more() {
    try (var server = TestServer.start()) {
      server.server.database().close();   // every later connection attempt fails
      var ready = server.http.get("/ready", null);
      assertEquals(503, ready.status());
      assertEquals("unreachable", ready.json().at("/errors/database/0").asText());
      assertFalse(ready.body().toLowerCase().contains("jdbc"), "no connection details leak: " + ready.body());
      assertEquals(200, server.http.get("/health", null).status(), "liveness does not depend on the database");
    }
  }
}
