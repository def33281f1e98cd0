package dev.turnpike.gateway.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One command line after the command's name: {@code --name value} options (repeatable), {@code
 * --flag} switches and positional words. Parsed against what the command declares, so a typo is
 * refused by name instead of silently ignored.
 */
final class CliArgs {
  private final Map<String, List<String>> options;
  private final Set<String> flags;
  private final List<String> positionals;

  private CliArgs(Map<String, List<String>> options, Set<String> flags, List<String> positionals) {
    this.options = options;
    this.flags = flags;
    this.positionals = positionals;
  }

  static CliArgs parse(
      String command, List<String> words, Set<String> allowedOptions, Set<String> allowedFlags) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    Set<String> flags = new java.util.LinkedHashSet<>();
    List<String> positionals = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (!word.startsWith("--") || word.length() == 2) {
        positionals.add(word);
        continue;
      }
      String name = word.substring(2);
      String inlineValue = null;
      int equals = name.indexOf('=');
      if (equals > 0) {
        inlineValue = name.substring(equals + 1);
        name = name.substring(0, equals);
      }
      if (allowedFlags.contains(name) && inlineValue == null) {
        flags.add(name);
      } else if (allowedOptions.contains(name)) {
        String value = inlineValue;
        if (value == null) {
          if (i + 1 >= words.size()) {
            throw CliException.usage("--" + name + " needs a value (turnpike " + command + ")");
          }
          value = words.get(++i);
        }
        options.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      } else {
        throw CliException.usage(
            "unknown option --"
                + name
                + " for 'turnpike "
                + command
                + "'; see 'turnpike help "
                + command.split(" ")[0]
                + "'");
      }
    }
    return new CliArgs(options, flags, positionals);
  }

  Optional<String> option(String name) {
    List<String> values = options.get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }

  String required(String name, String why) {
    return option(name)
        .filter(v -> !v.isBlank())
        .orElseThrow(() -> CliException.usage("--" + name + " is required: " + why));
  }

  List<String> all(String name) {
    return options.getOrDefault(name, List.of());
  }

  boolean flag(String name) {
    return flags.contains(name);
  }

  List<String> positionals() {
    return positionals;
  }

  /** The n-th positional word, or a usage error naming what was expected there. */
  String positional(int index, String what) {
    if (index >= positionals.size() || positionals.get(index).isBlank()) {
      throw CliException.usage("missing " + what);
    }
    return positionals.get(index);
  }
}
