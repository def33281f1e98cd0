package dev.turnpike.gateway.cli;

import java.util.Set;

/** One {@code turnpike <name> ...} command: what it accepts, its help text and what it does. */
interface Command {
  String name();

  /** The synopsis and a line or two of explanation, shown by {@code turnpike help <name>}. */
  String usage();

  Set<String> options();

  default Set<String> flags() {
    return Set.of("json");
  }

  /** Does the work and returns the exit code; refusals are thrown as {@link CliException}. */
  int run(CliArgs args, CliContext context);
}
