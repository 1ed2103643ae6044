package inkwell.cli;

import inkwell.auth.SessionDao;
import inkwell.db.Database;
import inkwell.users.Accounts;
import inkwell.users.Passwords;
import inkwell.users.Role;
import inkwell.users.User;
import inkwell.users.UserDao;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.function.BiFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Accounts from the command line: the only way to make the first admin. Each command migrates the schema first. */
@Command(name = "user", mixinStandardHelpOptions = true,
    description = "Accounts: create, list, ban, unban, promote (to admin), demote.")
final class UserCommand {
  static final String PASSWORD_VARIABLE = "INKWELL_PASSWORD";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

  @ParentCommand Cli cli;

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create an account. The password is read from the terminal without echo, or from INKWELL_PASSWORD.")
  int create(
      @Parameters(paramLabel = "USERNAME") String username,
      @Option(names = "--email", required = true, paramLabel = "EMAIL") String email,
      @Option(names = "--admin", description = "make the account an admin") boolean admin) {
    String password = password();
    return withAccounts((users, accounts) -> {
      User user = accounts.register(username, email, password, admin ? Role.admin : Role.user);
      cli.out.println("created " + (user.isAdmin() ? "admin " : "user ") + user.username() + " <" + user.email() + "> (id " + user.id() + ")");
      return Cli.OK;
    });
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Every account, oldest first.")
  int list() {
    return withAccounts((users, accounts) -> {
      cli.out.printf("%-6s %-24s %-32s %-6s %-7s %s%n", "id", "username", "email", "role", "status", "created");
      for (User u : users.listAll()) {
        cli.out.printf("%-6d %-24s %-32s %-6s %-7s %s%n", u.id(), u.username(), u.email(), u.role(),
            u.isBanned() ? "banned" : "active", DAY.format(u.createdAt()));
      }
      return Cli.OK;
    });
  }

  @Command(name = "ban", mixinStandardHelpOptions = true, description = "Refuse the account's logins, refreshes and tokens.")
  int ban(@Parameters(paramLabel = "USERNAME") String username) {
    return change(username, (accounts, u) ->
        accounts.ban(u) ? "banned " + u.username() : u.username() + " is already banned");
  }

  @Command(name = "unban", mixinStandardHelpOptions = true, description = "Lift a ban.")
  int unban(@Parameters(paramLabel = "USERNAME") String username) {
    return change(username, (accounts, u) ->
        accounts.unban(u) ? "unbanned " + u.username() : u.username() + " is not banned");
  }

  @Command(name = "promote", mixinStandardHelpOptions = true, description = "Make the account an admin.")
  int promote(@Parameters(paramLabel = "USERNAME") String username) {
    return change(username, (accounts, u) -> accounts.setRole(u, Role.admin)
        ? "promoted " + u.username() + " to admin" : u.username() + " is already an admin");
  }

  @Command(name = "demote", mixinStandardHelpOptions = true, description = "Make an admin a plain user again.")
  int demote(@Parameters(paramLabel = "USERNAME") String username) {
    return change(username, (accounts, u) -> accounts.setRole(u, Role.user)
        ? "demoted " + u.username() + " to user" : u.username() + " is not an admin");
  }

  /** One change to one existing account; what it did (or why nothing needed doing) is printed. */
  private interface Change {
    String apply(Accounts accounts, User user);
  }

  private int change(String username, Change change) {
    return withAccounts((users, accounts) -> {
      User user = users.findByUsername(username.trim())
          .orElseThrow(() -> new Cli.Failure("no user named '" + username + "'"));
      cli.out.println(change.apply(accounts, user));
      return Cli.OK;
    });
  }

  /** The same Accounts the API's routes use; a ban or new password revokes sessions through SessionDao. */
  private int withAccounts(BiFunction<UserDao, Accounts, Integer> work) {
    try (Database database = cli.openDatabase()) {
      cli.migrate(database);
      var users = database.jdbi().onDemand(UserDao.class);
      return work.apply(users, new Accounts(users, new Passwords(), database.jdbi().onDemand(SessionDao.class)));
    }
  }

  /** INKWELL_PASSWORD for scripts; otherwise typed twice at the terminal, never echoed. */
  private String password() {
    String fromEnv = cli.env.get(PASSWORD_VARIABLE);
    if (fromEnv != null && !fromEnv.isEmpty()) return fromEnv;
    char[] first = cli.terminal.readPassword("Password: ");
    if (first == null) throw new Cli.Failure("no terminal to read the password from; set " + PASSWORD_VARIABLE);
    char[] second = cli.terminal.readPassword("Repeat password: ");
    try {
      if (second == null || !Arrays.equals(first, second)) throw new Cli.Failure("the two passwords differ");
      return new String(first);
    } finally {
      Arrays.fill(first, '\0');
      if (second != null) Arrays.fill(second, '\0');
    }
  }
}
