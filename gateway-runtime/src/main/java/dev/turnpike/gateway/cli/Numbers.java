package dev.turnpike.gateway.cli;

import java.util.Optional;

/** Numeric options, refused by name when they are not numbers. */
final class Numbers {
  private Numbers() {}

  static Optional<Double> decimal(CliArgs args, String option) {
    return args.option(option).map(value -> parse(option, value, Double::valueOf, "a number"));
  }

  static Optional<Long> whole(CliArgs args, String option) {
    return args.option(option).map(value -> parse(option, value, Long::valueOf, "a whole number"));
  }

  private static <T> T parse(
      String option, String value, java.util.function.Function<String, T> parser, String what) {
    try {
      return parser.apply(value.strip());
    } catch (NumberFormatException e) {
      throw CliException.usage("--" + option + " must be " + what + ", got '" + value + "'");
    }
  }
}
