package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** Lists the caller's tenants, or creates one. */
final class TenantsCommand implements Command {
  private static final List<Output.Column> COLUMNS =
      List.of(
          Output.Column.field("ID", "id"),
          Output.Column.field("SLUG", "slug"),
          Output.Column.field("NAME", "displayName"),
          Output.Column.field("ROLE", "yourRole"));

  @Override
  public String name() {
    return "tenants";
  }

  @Override
  public String usage() {
    return """
        turnpike tenants [--json]
        turnpike tenants create --name "Display name" --slug slug
          Lists the tenants you belong to, or creates one (you become its owner).
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("name", "slug");
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    ManagementClient client = new ManagementClient(context);
    if (args.positionals().isEmpty()) {
      Output.print(args, context.out(), client.get("/tenants"), COLUMNS);
      return 0;
    }
    String action = args.positional(0, "an action");
    if (!action.equals("create")) {
      throw CliException.usage("unknown action 'tenants " + action + "'; try 'tenants create'");
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("displayName", args.required("name", "the tenant's display name"));
    args.option("slug").ifPresent(slug -> body.put("slug", slug));
    Output.print(args, context.out(), client.postJson("/tenants", body), COLUMNS);
    return 0;
  }
}
