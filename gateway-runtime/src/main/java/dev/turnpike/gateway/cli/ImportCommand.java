package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.turnpike.gateway.openapi.ImportProblem;
import dev.turnpike.gateway.openapi.ImportResult;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Imports an OpenAPI 3 / Swagger 2 file as a new API. The document is first read by the same
 * importer the gateway uses, so a broken file is refused here, with every error's JSON pointer,
 * before anything is sent.
 */
final class ImportCommand implements Command {
  @Override
  public String name() {
    return "import";
  }

  @Override
  public String usage() {
    return """
        turnpike import --tenant T FILE [--dry-run] [--json]
          Checks FILE (OpenAPI 3.0/3.1 or Swagger 2, YAML or JSON; Amazon's
          x-amazon-apigateway-* extensions accepted) and imports it as a new API of tenant T.
          --dry-run only checks it. Errors name the JSON pointer; nothing is imported on error.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("tenant");
  }

  @Override
  public Set<String> flags() {
    return Set.of("json", "dry-run");
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    Path file = Path.of(args.positional(0, "the OpenAPI file to import"));
    String document = read(file);
    ImportResult checked = new OpenApiImporter().importDocument(document);
    printProblems(context, file, "warning", checked.warnings());
    if (!checked.ok()) {
      printProblems(context, file, "error", checked.errors());
      throw CliException.refused(
          file + " has " + checked.errors().size() + " error(s); nothing was imported");
    }
    if (args.flag("dry-run")) {
      context.out().println(file + " is a valid API definition (not imported: --dry-run).");
      return 0;
    }
    ManagementClient client = new ManagementClient(context);
    String tenant = Tenants.resolve(client, args);
    JsonNode created =
        client.post("/tenants/" + tenant + "/apis", contentType(file, document), document);
    if (args.flag("json")) {
      Output.json(context.out(), created);
    } else {
      context
          .out()
          .println(
              "Imported '"
                  + created.path("name").asText()
                  + "' as API "
                  + created.path("id").asText()
                  + " with "
                  + created.path("methodCount").asInt()
                  + " method(s). Deploy it with: turnpike deploy --tenant "
                  + args.option("tenant").orElse("")
                  + " --api "
                  + created.path("id").asText()
                  + " --stage prod");
    }
    return 0;
  }

  private static void printProblems(
      CliContext context, Path file, String kind, List<ImportProblem> problems) {
    for (ImportProblem problem : problems) {
      context.err().println(file + ": " + kind + ": " + problem);
    }
  }

  private static String read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw CliException.usage("no such file: " + file);
    }
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw CliException.usage("cannot read " + file + ": " + e.getMessage());
    }
  }

  static String contentType(Path file, String document) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    boolean json = name.endsWith(".json") || document.stripLeading().startsWith("{");
    return json ? ManagementClient.JSON_TYPE : "application/yaml";
  }
}
