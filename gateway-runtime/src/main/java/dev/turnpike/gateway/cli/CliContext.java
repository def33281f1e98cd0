package dev.turnpike.gateway.cli;

import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

/**
 * What a command may touch of the world: its output streams, the environment, where the session
 * file lives, how to ask for a password, HTTP and the clock. Tests build one by hand.
 */
record CliContext(
    PrintStream out,
    PrintStream err,
    Map<String, String> env,
    Path sessionFile,
    Function<String, char[]> passwordPrompt,
    HttpClient http,
    Clock clock) {

  /** The real terminal: System streams, the user's config folder, a no-echo password prompt. */
  static CliContext system() {
    Map<String, String> env = System.getenv();
    return new CliContext(
        System.out,
        System.err,
        env,
        defaultSessionFile(env),
        CliContext::promptOnConsole,
        newHttpClient(),
        Clock.systemUTC());
  }

  /**
   * {@code $TURNPIKE_CONFIG}, else {@code $XDG_CONFIG_HOME/turnpike/session.json}, else ~/.config.
   */
  static Path defaultSessionFile(Map<String, String> env) {
    String explicit = env.get("TURNPIKE_CONFIG");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String xdg = env.get("XDG_CONFIG_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".config");
    return base.resolve("turnpike").resolve("session.json");
  }

  /** HTTP/1.1: Payara Micro's Grizzly mishandles the JDK client's h2c upgrade. */
  static HttpClient newHttpClient() {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static char[] promptOnConsole(String prompt) {
    java.io.Console console = System.console();
    if (console == null) {
      throw CliException.usage(
          "no terminal to ask for a password: set TURNPIKE_PASSWORD or use --token or --device");
    }
    char[] password = console.readPassword("%s", prompt);
    return password == null ? new char[0] : password;
  }
}
