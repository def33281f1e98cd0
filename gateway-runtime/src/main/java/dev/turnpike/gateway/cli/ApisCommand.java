package dev.turnpike.gateway.cli;

import java.util.List;
import java.util.Set;

/** Lists a tenant's APIs with their stages. */
final class ApisCommand implements Command {
  private static final List<Output.Column> COLUMNS =
      List.of(
          Output.Column.field("ID", "id"),
          Output.Column.field("NAME", "name"),
          Output.Column.field("VERSION", "version"),
          Output.Column.field("METHODS", "methodCount"),
          new Output.Column(
              "STAGES",
              api -> {
                StringBuilder stages = new StringBuilder();
                api.path("stages")
                    .forEach(
                        s ->
                            stages
                                .append(stages.isEmpty() ? "" : " ")
                                .append(s.path("name").asText())
                                .append('=')
                                .append(s.path("invokeUrl").asText()));
                return stages.isEmpty() ? "-" : stages.toString();
              }));

  @Override
  public String name() {
    return "apis";
  }

  @Override
  public String usage() {
    return "turnpike apis --tenant T [--json]\n  Lists the tenant's APIs and their stage URLs.\n";
  }

  @Override
  public Set<String> options() {
    return Set.of("tenant");
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    ManagementClient client = new ManagementClient(context);
    String tenant = Tenants.resolve(client, args);
    Output.print(args, context.out(), client.get("/tenants/" + tenant + "/apis"), COLUMNS);
    return 0;
  }
}
