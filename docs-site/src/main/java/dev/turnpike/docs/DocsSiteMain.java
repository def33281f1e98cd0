package dev.turnpike.docs;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Command line: {@code --spec file --out dir}. Exit code 0 on success, 2 on bad arguments or a
 * broken document, with one line on stderr.
 */
public final class DocsSiteMain {

  private static final String USAGE = "usage: --spec <file> --out <dir>";

  private DocsSiteMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the command and returns its exit code instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      String spec = null;
      String dir = null;
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Missing value after " + args[i] + ". " + USAGE);
        }
        switch (args[i]) {
          case "--spec" -> spec = args[i + 1];
          case "--out" -> dir = args[i + 1];
          default ->
              throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'. " + USAGE);
        }
      }
      if (spec == null || dir == null) {
        throw new IllegalArgumentException(
            "Missing " + (spec == null ? "--spec" : "--out") + ". " + USAGE);
      }
      Path specFile = Path.of(spec);
      if (!Files.isReadable(specFile)) {
        throw new IllegalArgumentException("Cannot read --spec file " + specFile + ".");
      }
      new ReferenceRenderer()
          .render(Files.readString(specFile, StandardCharsets.UTF_8), Path.of(dir));
      out.println("Rendered reference docs in " + dir);
      return 0;
    } catch (IllegalArgumentException | DocsRenderException | IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }
}
