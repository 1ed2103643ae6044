package inkwell.cli;

import static inkwell.cli.CliUsageTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

import inkwell.TestDatabase;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;

/**
 * The exit codes a shell script sees from the real process: 0 done, 1 failed, 2 usage error.
 * Run on SQLite only: what is tested is Main and the JVM's exit code, the same on either database, and each
 * child JVM costs a second or two (the commands themselves are tested on both databases in-process).
 */
@DisabledIfSystemProperty(named = "inkwell.test.db", matches = "postgres")
class ProcessExitCodesTest {
  static TestDatabase database;

  @BeforeAll
  static void setUp() {
    database = TestDatabase.create();
  }

  @AfterAll
  static void tearDown() {
    database.close();
  }

  static Map<String, String> env(String... namesAndValues) {
    return InkwellProcess.env(database, namesAndValues);
  }


  @Test
  void help_exits_0() {
    try (var inkwell = InkwellProcess.start(env(), "--help")) {
      assertEquals(0, inkwell.exitCode(Duration.ofSeconds(30)), inkwell.toString());
      assertMentions(inkwell.stdout(), "Usage: inkwell", "serve", "db", "user", "token");
    }
  }

  @Test
  void an_unknown_command_exits_2() {
    try (var inkwell = InkwellProcess.start(env(), "bogus")) {
      assertEquals(2, inkwell.exitCode(Duration.ofSeconds(30)), inkwell.toString());
      assertMentions(inkwell.stderr(), "bogus");
    }
  }

  @Test
  void a_command_that_fails_exits_1() {
    try (var inkwell = InkwellProcess.start(env(), "user", "ban", "nobody")) {
      assertEquals(1, inkwell.exitCode(Duration.ofSeconds(30)), inkwell.toString());
      assertMentions(inkwell.stderr(), "inkwell: no user named 'nobody'");
    }
  }

  @Test
  void an_unusable_LOG_LEVEL_stops_serve_with_exit_1_naming_it() {
    try (var inkwell = InkwellProcess.start(env("LOG_LEVEL", "loud", "PORT", "0"), "serve")) {
      assertEquals(1, inkwell.exitCode(Duration.ofSeconds(30)), inkwell.toString());
      assertMentions(inkwell.stderr(), "LOG_LEVEL", "loud");
    }
  }
}
