package dev.turnpike.sdk;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Command line: {@code --spec file --lang java|typescript|python --out dir [--package name]
 * [--base-url url]}. Exit code 0 on success, 2 on bad arguments or an unreadable document, with one
 * line on stderr.
 */
public final class SdkGeneratorMain {

  private static final String USAGE =
      "usage: --spec <file> --lang java|typescript|python --out <dir>"
          + " [--package <name>] [--base-url <url>]";

  private SdkGeneratorMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command and returns its exit code instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      Map<String, String> options = parse(args);
      Path spec = Path.of(required(options, "--spec"));
      Language language = Language.parse(required(options, "--lang"));
      Path dir = Path.of(required(options, "--out"));
      if (!Files.isReadable(spec)) {
        throw new IllegalArgumentException("Cannot read --spec file " + spec + ".");
      }
      String document = Files.readString(spec, StandardCharsets.UTF_8);
      SdkOptions sdkOptions = new SdkOptions(options.get("--package"), options.get("--base-url"));
      new SdkGenerator().generateTo(document, language, sdkOptions, dir);
      out.println("Generated " + language.id() + " SDK in " + dir);
      return 0;
    } catch (IllegalArgumentException | SdkGenerationException | IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private static Map<String, String> parse(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String name = args[i];
      if (!name.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unexpected argument '" + name + "'. " + USAGE);
      }
      options.put(name, args[++i]);
    }
    return options;
  }

  private static String required(Map<String, String> options, String name) {
    String value = options.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Missing " + name + ". " + USAGE);
    }
    return value;
  }
}
