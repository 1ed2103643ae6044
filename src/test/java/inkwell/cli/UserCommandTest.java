package inkwell.cli;

import static inkwell.TestUsers.TOO_SHORT_PASSWORD;
import static inkwell.TestUsers.email;
import static inkwell.TestUsers.newUser;
import static inkwell.TestUsers.tryLogin;
import static inkwell.TestUsers.tryRegister;
import static inkwell.TestUsers.unique;
import static inkwell.cli.CliUsageTest.assertMentions;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.auth0.jwt.JWT;
import inkwell.config.Config;
import inkwell.Http;
import inkwell.web.App;
import inkwell.TestDatabase;
import inkwell.TestServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** user create/list/ban/unban/promote/demote, and what a running server makes of the changes. */
class UserCommandTest {
  static final String PASSWORD = "correct horse battery";
  static TestDatabase database;
  static Shell shell;
  static App server;
  static Http http;

  @BeforeAll
  static void setUp() {
    database = TestDatabase.create();
    shell = Shell.on(database).with(UserCommand.PASSWORD_VARIABLE, PASSWORD);
    // A server on the same database, started as production starts it: the commands change what it answers.
    var env = new HashMap<>(Map.of("PORT", "0", "DATABASE_URL", database.url(),
        "JWT_SECRET", TestServer.SECRET, "JWT_ISSUER", TestServer.ISSUER));
    server = App.create(Config.fromEnv(env)).start();
    http = new Http("http://127.0.0.1:" + server.port());
  }

  @AfterAll
  static void tearDown() {
    server.close();
    database.close();
  }

  /** Creates {@code username} with PASSWORD and {@code username@example.com}; fails the test if it cannot. */
  static String create(String username, String... options) {
    var args = new java.util.ArrayList<>(List.of("user", "create", username, "--email", username + "@example.com"));
    args.addAll(List.of(options));
    var result = shell.run(args.toArray(String[]::new));
    assertEquals(Cli.OK, result.code(), result.toString());
    return username;
  }

  static Http.Reply login(String username, String password) {
    return tryLogin(http, email(username), password);
  }

  static String roleInTokenOf(Http.Reply login) {
    assertEquals(200, login.status(), login.body());
    return JWT.decode(login.json().get("user").get("token").asText()).getClaim("role").asString();
  }

  /** The "user list" row of {@code username}. */
  static String listed(String username) {
    var list = shell.run("user", "list");
    assertEquals(Cli.OK, list.code(), list.toString());
    return list.out().lines().filter(line -> line.contains(" " + username + " ")).findFirst()
        .orElseThrow(() -> new AssertionError(username + " not in:\n" + list.out()));
  }

  @Test
  void create_takes_the_password_from_INKWELL_PASSWORD_and_the_account_can_log_in() {
    String name = unique("ana");
    var result = shell.run("user", "create", name, "--email", name + "@example.com");
    assertEquals(Cli.OK, result.code(), result.toString());
    assertMentions(result.out(), "created user " + name + " <" + name + "@example.com> (id ");
    assertFalse(result.all().contains(PASSWORD), result.toString());
    assertEquals("user", roleInTokenOf(login(name, PASSWORD)));
  }

  @Test
  void create_reads_the_password_twice_from_the_terminal() {
    String name = unique("ben");
    var terminal = Shell.on(database).typing("typed at the terminal", "typed at the terminal");
    var result = terminal.run("user", "create", name, "--email", name + "@example.com");
    assertEquals(Cli.OK, result.code(), result.toString());
    assertEquals(List.of("Password: ", "Repeat password: "), terminal.prompts);
    assertEquals(200, login(name, "typed at the terminal").status());
  }

  @Test
  void two_different_passwords_at_the_terminal_fail_and_create_nothing() {
    String name = unique("cy");
    var result = Shell.on(database).typing("first password", "second password")
        .run("user", "create", name, "--email", name + "@example.com");
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.err(), "inkwell: the two passwords differ");
    assertFalse(shell.run("user", "list").out().contains(name));
  }

  @Test
  void without_a_terminal_or_INKWELL_PASSWORD_it_fails_naming_the_variable() {
    String name = unique("dee");
    var result = Shell.on(database).withoutTerminal().run("user", "create", name, "--email", name + "@example.com");
    assertEquals(Cli.FAILED, result.code(), result.toString());
    assertMentions(result.err(), "INKWELL_PASSWORD");
    assertFalse(shell.run("user", "list").out().contains(name));
  }

  @Test
  void the_same_rules_as_registering_apply() {
    String name = unique("eve");
    var badEmail = shell.run("user", "create", name, "--email", "not-an-email");
    assertEquals(Cli.FAILED, badEmail.code(), badEmail.toString());
    assertMentions(badEmail.err(), "email is invalid");

    var shortPassword = shell.with(UserCommand.PASSWORD_VARIABLE, TOO_SHORT_PASSWORD).run("user", "create", name, "--email", name + "@example.com");
    assertEquals(Cli.FAILED, shortPassword.code(), shortPassword.toString());
    assertMentions(shortPassword.err(), "password is too short (minimum is 8 characters)");

    var badName = shell.run("user", "create", "has space!", "--email", name + "@example.com");
    assertEquals(Cli.FAILED, badName.code(), badName.toString());
    assertMentions(badName.err(), "username may contain only");

    create(name);
    var taken = shell.run("user", "create", name.toUpperCase(), "--email", "other-" + name + "@example.com");
    assertEquals(Cli.FAILED, taken.code(), taken.toString());
    assertMentions(taken.err(), "username has already been taken");
    var takenEmail = shell.run("user", "create", "other" + name, "--email", name + "@example.com");
    assertEquals(Cli.FAILED, takenEmail.code(), takenEmail.toString());
    assertMentions(takenEmail.err(), "email has already been taken");
  }

  @Test
  void a_user_registered_over_http_is_taken_for_the_command_line_too() {
    String name = unique("fay");
    var reply = tryRegister(http, newUser(name, email(name), PASSWORD));
    assertEquals(201, reply.status(), reply.body());
    var taken = shell.run("user", "create", name, "--email", "x" + name + "@example.com");
    assertEquals(Cli.FAILED, taken.code(), taken.toString());
    assertMentions(taken.err(), "username has already been taken");
  }

  @Test
  void admin_flag_makes_an_admin_whose_token_says_so() {
    String name = unique("gus");
    var result = shell.run("user", "create", name, "--email", name + "@example.com", "--admin");
    assertEquals(Cli.OK, result.code(), result.toString());
    assertMentions(result.out(), "created admin " + name);
    assertMentions(listed(name), "admin", "active");
    assertEquals("admin", roleInTokenOf(login(name, PASSWORD)));
  }

  @Test
  void list_shows_every_account_with_its_role_and_status() {
    String plain = create(unique("hal"));
    String admin = create(unique("ida"), "--admin");
    var list = shell.run("user", "list");
    assertEquals(Cli.OK, list.code(), list.toString());
    assertMentions(list.out().lines().findFirst().orElse(""), "id", "username", "email", "role", "status");
    assertMentions(listed(plain), plain + "@example.com", " user ", " active ");
    assertMentions(listed(admin), admin + "@example.com", " admin ", " active ");
    assertFalse(list.out().contains("$argon2"), list.out());
  }

  @Test
  void a_banned_user_gets_403_at_login_even_with_the_right_password_until_unbanned() {
    String name = create(unique("jo"));
    var before = login(name, PASSWORD);
    assertEquals(200, before.status(), before.body());
    String refreshToken = before.json().get("user").get("refreshToken").asText();

    var ban = shell.run("user", "ban", name);
    assertEquals(Cli.OK, ban.code(), ban.toString());
    assertMentions(ban.out(), "banned " + name);
    assertMentions(listed(name), " banned ");

    var refused = login(name, PASSWORD);
    assertEquals(403, refused.status(), refused.body());
    assertEquals(Http.json(Map.of("errors", Map.of("user", List.of("is banned")))), refused.body());
    var refresh = http.post("/api/users/refresh", refreshToken, null);
    assertEquals(403, refresh.status(), refresh.body());
    // The wrong password still gets the ordinary 401: a ban is told only to someone who knows the password.
    assertEquals(401, login(name, PASSWORD + "!").status());

    assertMentions(shell.run("user", "ban", name).out(), "already banned");
    var unban = shell.run("user", "unban", name);
    assertEquals(Cli.OK, unban.code(), unban.toString());
    assertMentions(unban.out(), "unbanned " + name);
    assertMentions(listed(name), " active ");
    assertEquals(200, login(name, PASSWORD).status());
    assertMentions(shell.run("user", "unban", name).out(), "is not banned");
  }

  @Test
  void promote_and_demote_change_the_role_in_fresh_tokens() {
    String name = create(unique("kim"));
    assertEquals("user", roleInTokenOf(login(name, PASSWORD)));

    var promote = shell.run("user", "promote", name);
    assertEquals(Cli.OK, promote.code(), promote.toString());
    assertMentions(promote.out(), "promoted " + name + " to admin");
    assertMentions(listed(name), " admin ");
    assertEquals("admin", roleInTokenOf(login(name, PASSWORD)));
    assertMentions(shell.run("user", "promote", name).out(), "already an admin");

    var demote = shell.run("user", "demote", name);
    assertEquals(Cli.OK, demote.code(), demote.toString());
    assertMentions(demote.out(), "demoted " + name + " to user");
    assertEquals("user", roleInTokenOf(login(name, PASSWORD)));
    assertMentions(shell.run("user", "demote", name).out(), "is not an admin");
  }

  @Test
  void usernames_are_matched_whatever_their_case() {
    String name = create(unique("lou"));
    var result = shell.run("user", "promote", name.toUpperCase());
    assertEquals(Cli.OK, result.code(), result.toString());
    assertMentions(listed(name), " admin ");
  }

  @Test
  void changing_an_unknown_user_fails_with_exit_1() {
    for (String command : new String[] {"ban", "unban", "promote", "demote"}) {
      var result = shell.run("user", command, "nobody-here");
      assertEquals(Cli.FAILED, result.code(), command + ": " + result);
      assertMentions(result.err(), "inkwell: no user named 'nobody-here'");
    }
  }
}
