package dev.turnpike.gateway.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code turnpike <command> ...}: the management API from a terminal or a CI job. Exit codes: 0
 * done, 1 refused (by the portal, Keycloak or the document check), 2 bad usage.
 */
public final class TurnpikeCli {
  private final Map<String, Command> commands = new LinkedHashMap<>();
  private final CliContext context;

  TurnpikeCli(CliContext context) {
    this.context = context;
    for (Command command :
        List.of(
            new LoginCommand(),
            new LogoutCommand(),
            new TenantsCommand(),
            new ApisCommand(),
            new ImportCommand(),
            new DeployCommand(),
            new PlansCommand(),
            new KeysCommand())) {
      commands.put(command.name(), command);
    }
  }

  public static void main(String[] args) {
    System.exit(new TurnpikeCli(CliContext.system()).run(args));
  }

  int run(String... args) {
    if (args.length == 0 || args[0].equals("help") || args[0].equals("--help")) {
      return help(args.length > 1 ? args[1] : null);
    }
    Command command = commands.get(args[0]);
    if (command == null) {
      context.err().println("turnpike: unknown command '" + args[0] + "'; see 'turnpike help'");
      return CliException.BAD_USAGE;
    }
    try {
      List<String> words = Arrays.asList(args).subList(1, args.length);
      if (words.contains("--help")) {
        context.out().print(command.usage());
        return 0;
      }
      return command.run(
          CliArgs.parse(command.name(), words, command.options(), command.flags()), context);
    } catch (CliException e) {
      context.err().println("turnpike " + command.name() + ": " + e.getMessage());
      return e.exitCode();
    }
  }

  private int help(String topic) {
    if (topic != null && commands.containsKey(topic)) {
      context.out().print(commands.get(topic).usage());
      return 0;
    }
    context.out().println("turnpike — the Turnpike management API from the command line");
    context.out().println();
    commands.values().forEach(command -> context.out().print(command.usage()));
    return topic == null ? 0 : CliException.BAD_USAGE;
  }
}
