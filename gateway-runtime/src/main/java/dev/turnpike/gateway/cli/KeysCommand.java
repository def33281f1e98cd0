package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** A tenant's API keys: list, create (shown once), rotate with an overlap, revoke, usage. */
final class KeysCommand implements Command {
  private static final List<Output.Column> COLUMNS =
      List.of(
          Output.Column.field("ID", "id"),
          Output.Column.field("PREFIX", "prefix"),
          Output.Column.field("NAME", "name"),
          Output.Column.field("OWNER", "owner"),
          new Output.Column(
              "STATUS", key -> key.path("enabled").asBoolean() ? "enabled" : "revoked"),
          Output.Column.field("PLANS", "usagePlanIds"),
          Output.Column.field("EXPIRES", "expiresAt"));

  private static final List<Output.Column> USAGE =
      List.of(
          Output.Column.field("DAY", "day"),
          Output.Column.field("API", "apiId"),
          Output.Column.field("STAGE", "stage"),
          Output.Column.field("REQUESTS", "requests"));

  @Override
  public String name() {
    return "keys";
  }

  @Override
  public String usage() {
    return """
        turnpike keys --tenant T [--json]
        turnpike keys create --tenant T --name NAME --owner EMAIL [--plan PLAN_ID]...
        turnpike keys rotate KEY_ID --tenant T [--overlap SECONDS]
        turnpike keys revoke KEY_ID --tenant T
        turnpike keys usage KEY_ID --tenant T [--from YYYY-MM-DD] [--to YYYY-MM-DD]
          A new or rotated key's value is printed once; store it now.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("tenant", "name", "owner", "plan", "overlap", "from", "to");
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    ManagementClient client = new ManagementClient(context);
    String keys = "/tenants/" + Tenants.resolve(client, args) + "/api-keys";
    String action = args.positionals().isEmpty() ? "list" : args.positional(0, "an action");
    switch (action) {
      case "list" -> Output.print(args, context.out(), client.get(keys), COLUMNS);
      case "create" -> shown(args, context, client.postJson(keys, newKey(args)));
      case "rotate" ->
          shown(args, context, client.postJson(keyPath(keys, args) + "/rotate", overlap(args)));
      case "revoke" ->
          Output.print(args, context.out(), client.delete(keyPath(keys, args)), COLUMNS);
      case "usage" -> usage(args, context, client, keyPath(keys, args));
      default ->
          throw CliException.usage(
              "unknown action 'keys " + action + "'; try create, rotate, revoke or usage");
    }
    return 0;
  }

  private static ObjectNode newKey(CliArgs args) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", args.required("name", "a name for the key"));
    body.put("owner", args.required("owner", "who the key is for (the app developer's e-mail)"));
    args.all("plan").forEach(body.putArray("usagePlanIds")::add);
    return body;
  }

  private static ObjectNode overlap(CliArgs args) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    Numbers.whole(args, "overlap").ifPresent(seconds -> body.put("overlapSeconds", seconds));
    return body;
  }

  private static String keyPath(String keys, CliArgs args) {
    return keys
        + "/"
        + Tenants.segment(args.positional(1, "the key's id ('turnpike keys' lists them)"));
  }

  private static void shown(CliArgs args, CliContext context, JsonNode created) {
    if (args.flag("json")) {
      Output.json(context.out(), created);
      return;
    }
    Output.table(context.out(), List.of(created.path("key")), COLUMNS);
    context.out().println();
    context.out().println("Key (shown once, store it now): " + created.path("value").asText());
  }

  private static void usage(CliArgs args, CliContext context, ManagementClient client, String key) {
    StringBuilder query = new StringBuilder();
    args.option("from").ifPresent(from -> query.append("from=").append(Tenants.segment(from)));
    args.option("to")
        .ifPresent(
            to ->
                query.append(query.isEmpty() ? "" : "&").append("to=").append(Tenants.segment(to)));
    JsonNode usage = client.get(key + "/usage" + (query.isEmpty() ? "" : "?" + query));
    if (args.flag("json")) {
      Output.json(context.out(), usage);
      return;
    }
    Output.table(context.out(), days(usage), USAGE);
    for (JsonNode quota : usage.path("quotas")) {
      context
          .out()
          .println(
              "Quota of plan '%s': %d of %d per %s left, resets %s"
                  .formatted(
                      quota.path("planName").asText(),
                      quota.path("remaining").asLong(),
                      quota.path("limit").asLong(),
                      quota.path("period").asText(),
                      quota.path("resetsAt").asText()));
    }
  }

  private static List<JsonNode> days(JsonNode usage) {
    List<JsonNode> rows = new java.util.ArrayList<>();
    usage.path("days").forEach(rows::add);
    return rows;
  }
}
