package inkwell.cli;

import static inkwell.cli.CliUsageTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import inkwell.Http;
import inkwell.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** serve (also what no command means): migrate, listen, and leave the server running for Main to stop on SIGTERM. */
class ServeCommandTest {
  TestDatabase database;
  Shell shell;
  Shell.Result served;

  @BeforeEach
  void freshDatabase() {
    database = TestDatabase.create();
    shell = Shell.on(database);
  }

  @AfterEach
  void stop() {
    if (served != null && served.server() != null) served.server().close();
    database.close();
  }

  @Test
  void serve_on_port_0_listens_on_a_free_port_and_says_where() {
    served = shell.run("serve", "--port", "0");
    assertEquals(Cli.OK, served.code(), served.toString());
    assertNotNull(served.server());
    int port = served.server().port();
    assertMentions(served.out(), "Inkwell is listening on http://localhost:" + port);
    var health = new Http("http://127.0.0.1:" + port).get("/health", null);
    assertEquals(200, health.status(), health.body());
  }

  @Test
  void no_command_means_serve_with_the_port_from_the_environment() {
    served = shell.with("PORT", "0").run();
    assertEquals(Cli.OK, served.code(), served.toString());
    assertEquals(200, new Http("http://127.0.0.1:" + served.server().port()).get("/health", null).status());
  }

  @Test
  void host_option_wins_over_the_environment() {
    served = shell.with("HOST", "0.0.0.0").run("serve", "--host", "127.0.0.1", "--port", "0");
    assertEquals(Cli.OK, served.code(), served.toString());
    assertMentions(served.out(), "http://127.0.0.1:" + served.server().port());
  }

  @Test
  void serve_migrates_the_database_first() {
    served = shell.run("serve", "--port", "0");
    assertEquals(Cli.OK, served.code(), served.toString());
    var status = shell.run("db", "status");
    assertMentions(status.out(), "0 pending, 0 drifted");
  }

  @Test
  void a_port_out_of_range_fails_with_exit_1() {
    served = shell.run("serve", "--port", "70000");
    assertEquals(Cli.FAILED, served.code(), served.toString());
    assertMentions(served.err(), "--port must be between 0 and 65535");
    assertNull(served.server());
  }

  @Test
  @EnabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres")
  void on_postgres_serve_refuses_to_start_without_JWT_SECRET() {
    served = shell.with("JWT_SECRET", null).run("serve", "--port", "0");
    assertEquals(Cli.FAILED, served.code(), served.toString());
    assertMentions(served.err(), "JWT_SECRET");
    assertNull(served.server());
  }
}
