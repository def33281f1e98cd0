package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;

/** Lists a tenant's usage plans, or creates one. */
final class PlansCommand implements Command {
  private static final List<Output.Column> COLUMNS =
      List.of(
          Output.Column.field("ID", "id"),
          Output.Column.field("NAME", "name"),
          Output.Column.field("RATE/S", "throttleRate"),
          Output.Column.field("BURST", "throttleBurst"),
          new Output.Column(
              "QUOTA",
              plan ->
                  plan.path("quotaLimit").isNumber()
                      ? plan.path("quotaLimit").asText() + "/" + plan.path("quotaPeriod").asText()
                      : "-"),
          new Output.Column(
              "STAGES",
              plan -> {
                StringBuilder stages = new StringBuilder();
                plan.path("apiStages")
                    .forEach(
                        s ->
                            stages
                                .append(stages.isEmpty() ? "" : ",")
                                .append(s.path("apiId").asText())
                                .append(':')
                                .append(s.path("stage").asText()));
                return stages.isEmpty() ? "-" : stages.toString();
              }));

  @Override
  public String name() {
    return "plans";
  }

  @Override
  public String usage() {
    return """
        turnpike plans --tenant T [--json]
        turnpike plans create --tenant T --name NAME [--rate R --burst B]
                              [--quota N --period DAY|WEEK|MONTH [--offset K]] [--stage API_ID:STAGE]...
          Lists the tenant's usage plans, or creates one covering the given API stages.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("tenant", "name", "rate", "burst", "quota", "period", "offset", "stage");
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    ManagementClient client = new ManagementClient(context);
    String tenant = Tenants.resolve(client, args);
    String path = "/tenants/" + tenant + "/usage-plans";
    if (args.positionals().isEmpty()) {
      Output.print(args, context.out(), client.get(path), COLUMNS);
      return 0;
    }
    String action = args.positional(0, "an action");
    if (!action.equals("create")) {
      throw CliException.usage("unknown action 'plans " + action + "'; try 'plans create'");
    }
    Output.print(args, context.out(), client.postJson(path, request(args)), COLUMNS);
    return 0;
  }

  private static ObjectNode request(CliArgs args) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("name", args.required("name", "the plan's name"));
    Numbers.decimal(args, "rate").ifPresent(rate -> body.put("throttleRate", rate));
    Numbers.whole(args, "burst").ifPresent(burst -> body.put("throttleBurst", burst));
    Numbers.whole(args, "quota").ifPresent(quota -> body.put("quotaLimit", quota));
    args.option("period").ifPresent(period -> body.put("quotaPeriod", period));
    Numbers.whole(args, "offset").ifPresent(offset -> body.put("quotaOffset", offset));
    ArrayNode stages = body.putArray("apiStages");
    for (String stage : args.all("stage")) {
      int colon = stage.lastIndexOf(':');
      if (colon <= 0 || colon == stage.length() - 1) {
        throw CliException.usage("--stage must be API_ID:STAGE, got '" + stage + "'");
      }
      stages
          .addObject()
          .put("apiId", stage.substring(0, colon))
          .put("stage", stage.substring(colon + 1));
    }
    return body;
  }
}
