package dev.turnpike.gateway.cli;

import java.util.Set;

/** Forgets the saved session. */
final class LogoutCommand implements Command {
  @Override
  public String name() {
    return "logout";
  }

  @Override
  public String usage() {
    return "turnpike logout\n  Deletes the saved session file.\n";
  }

  @Override
  public Set<String> options() {
    return Set.of();
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    Session.delete(context.sessionFile());
    context.out().println("Signed out.");
    return 0;
  }
}
