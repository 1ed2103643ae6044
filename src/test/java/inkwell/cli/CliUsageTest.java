package inkwell.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import inkwell.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Help for every command, exit 0; a mistyped command line is a usage error, exit 2, explained on stderr. */
class CliUsageTest {
  static TestDatabase database;
  static Shell shell;

  @BeforeAll
  static void setUp() {
    database = TestDatabase.create();
    shell = Shell.on(database);
  }

  @AfterAll
  static void tearDown() {
    database.close();
  }

  static void assertMentions(String text, String... words) {
    for (String word : words) assertTrue(text.contains(word), "expected '" + word + "' in:\n" + text);
  }

  @Test
  void help_lists_every_command_and_exits_0() {
    var result = shell.run("--help");
    assertEquals(Cli.OK, result.code(), result.toString());
    assertMentions(result.out(), "Usage: inkwell", "serve", "db", "user", "token");
    assertEquals("", result.err());
  }

  @Test
  void each_command_group_lists_its_subcommands() {
    assertMentions(shell.run("db", "--help").out(), "upgrade", "status", "verify", "new");
    assertMentions(shell.run("user", "--help").out(), "create", "list", "ban", "unban", "promote", "demote");
    assertMentions(shell.run("token", "--help").out(), "decode");
  }

  @Test
  void every_command_has_help_that_exits_0() {
    String[][] commands = {{"serve"}, {"db", "upgrade"}, {"db", "status"}, {"db", "verify"}, {"db", "new"},
        {"user", "create"}, {"user", "list"}, {"user", "ban"}, {"user", "unban"}, {"user", "promote"},
        {"user", "demote"}, {"token", "decode"}};
    for (String[] command : commands) {
      var args = java.util.Arrays.copyOf(command, command.length + 1);
      args[command.length] = "--help";
      var result = shell.run(args);
      assertEquals(Cli.OK, result.code(), String.join(" ", args) + ": " + result);
      assertMentions(result.out(), "Usage: inkwell " + String.join(" ", command));
    }
  }

  @Test
  void help_command_shows_a_commands_help() {
    var result = shell.run("help", "user");
    assertEquals(Cli.OK, result.code(), result.toString());
    assertMentions(result.out(), "Usage: inkwell user", "promote");
  }

  @Test
  void user_create_help_tells_where_the_password_comes_from() {
    assertMentions(shell.run("user", "create", "--help").out(), "--email", "--admin", "INKWELL_PASSWORD");
  }

  @Test
  void unknown_command_is_a_usage_error() {
    var result = shell.run("bogus");
    assertEquals(Cli.USAGE, result.code(), result.toString());
    assertMentions(result.err(), "bogus");
  }

  @Test
  void unknown_subcommand_is_a_usage_error() {
    var result = shell.run("db", "downgrade");
    assertEquals(Cli.USAGE, result.code(), result.toString());
    assertMentions(result.err(), "downgrade");
  }

  @Test
  void unknown_option_is_a_usage_error() {
    var result = shell.run("db", "status", "--verbose");
    assertEquals(Cli.USAGE, result.code(), result.toString());
    assertMentions(result.err(), "Unknown option", "--verbose");
  }

  @Test
  void missing_required_option_is_a_usage_error() {
    var result = shell.run("user", "create", "ana");
    assertEquals(Cli.USAGE, result.code(), result.toString());
    assertMentions(result.err(), "Missing required option", "--email");
  }

  @Test
  void missing_parameter_is_a_usage_error() {
    var result = shell.run("user", "ban");
    assertEquals(Cli.USAGE, result.code(), result.toString());
    assertMentions(result.err(), "USERNAME");
  }

  @Test
  void a_port_that_is_not_a_number_is_a_usage_error() {
    var result = shell.run("serve", "--port", "eighty");
    assertEquals(Cli.USAGE, result.code(), result.toString());
    assertMentions(result.err(), "--port", "eighty");
    assertEquals(null, result.server());
  }

  @Test
  void a_group_without_its_subcommand_is_a_usage_error() {
    var result = shell.run("db");
    assertEquals(Cli.USAGE, result.code(), result.toString());
    assertMentions(result.err(), "upgrade");
  }

  @Test
  void a_setting_that_cannot_be_used_fails_with_exit_1_naming_the_variable() {
    var result = shell.with("LOG_LEVEL", "loud").run("user", "list");
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.err(), "inkwell: LOG_LEVEL", "loud");
  }
}
