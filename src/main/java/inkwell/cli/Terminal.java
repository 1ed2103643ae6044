package inkwell.cli;

/** Where "user create" asks for a password. Tests supply their own; the real one is the console, without echo. */
@FunctionalInterface
public interface Terminal {
  /** The typed text, or null when there is no interactive terminal. */
  char[] readPassword(String prompt);

  static Terminal console() {
    return prompt -> System.console() == null ? null : System.console().readPassword("%s", prompt);
  }
}
