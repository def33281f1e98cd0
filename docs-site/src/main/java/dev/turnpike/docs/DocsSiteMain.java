package dev.turnpike.docs;

import dev.turnpike.docs.parts.DocumentationParts;
import dev.turnpike.docs.parts.DocumentationPartsException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Command line: {@code --spec file [--version label] [--parts parts.json] ... --out dir|file.zip}.
 * Give several {@code --spec} for several versions (newest first); {@code --version} and {@code
 * --parts} belong to the {@code --spec} before them. Exit code 0 on success, 2 on bad arguments or
 * a broken document, with one line on stderr.
 */
public final class DocsSiteMain {

  private static final String USAGE =
      "usage: --spec <file> [--version <label>] [--parts <parts.json>] [--spec ...] --out <dir|file.zip>";

  private DocsSiteMain() {}

  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  private static final class SpecArgument {
    final String spec;
    String version;
    String parts;

    SpecArgument(String spec) {
      this.spec = spec;
    }
  }

  /** Runs the command and returns its exit code instead of exiting. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      List<SpecArgument> specs = new ArrayList<>();
      String dir = null;
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("Missing value after " + args[i] + ". " + USAGE);
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--spec" -> specs.add(new SpecArgument(value));
          case "--out" -> dir = value;
          case "--version", "--parts" -> {
            if (specs.isEmpty()) {
              throw new IllegalArgumentException(
                  args[i] + " must follow the --spec it belongs to. " + USAGE);
            }
            SpecArgument last = specs.get(specs.size() - 1);
            if (args[i].equals("--version")) {
              last.version = value;
            } else {
              last.parts = value;
            }
          }
          default ->
              throw new IllegalArgumentException("Unexpected argument '" + args[i] + "'. " + USAGE);
        }
      }
      if (specs.isEmpty() || dir == null) {
        throw new IllegalArgumentException(
            "Missing " + (specs.isEmpty() ? "--spec" : "--out") + ". " + USAGE);
      }
      List<VersionedDocument> versions = new ArrayList<>();
      for (SpecArgument spec : specs) {
        String document = read(spec.spec, "--spec");
        DocumentationParts parts =
            spec.parts == null
                ? DocumentationParts.NONE
                : DocumentationParts.parse(read(spec.parts, "--parts"), spec.parts);
        String label = spec.version != null ? spec.version : "v" + (versions.size() + 1);
        versions.add(new VersionedDocument(label, document, parts));
      }
      ReferenceRenderer renderer = new ReferenceRenderer();
      Path target = Path.of(dir);
      if (dir.endsWith(".zip")) {
        if (target.toAbsolutePath().getParent() != null) {
          Files.createDirectories(target.toAbsolutePath().getParent());
        }
        Files.write(target, renderer.renderZip(versions));
      } else {
        renderer.render(versions, target);
      }
      out.println("Rendered reference docs in " + dir);
      return 0;
    } catch (IllegalArgumentException
        | DocsRenderException
        | DocumentationPartsException
        | IOException e) {
      err.println("error: " + e.getMessage());
      return 2;
    }
  }

  private static String read(String file, String option) throws IOException {
    Path path = Path.of(file);
    if (!Files.isReadable(path)) {
      throw new IllegalArgumentException("Cannot read " + option + " file " + path + ".");
    }
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
