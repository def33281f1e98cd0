package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;

/** Deploys an API's current definition to a stage; prints the stage's invoke URL. */
final class DeployCommand implements Command {
  @Override
  public String name() {
    return "deploy";
  }

  @Override
  public String usage() {
    return """
        turnpike deploy --tenant T --api API_ID --stage NAME [--description TEXT] [--json]
          Freezes the API's definition as a new deployment and points the stage at it; the
          gateways serve it at once.
        """;
  }

  @Override
  public Set<String> options() {
    return Set.of("tenant", "api", "stage", "description");
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    ManagementClient client = new ManagementClient(context);
    String tenant = Tenants.resolve(client, args);
    String api = Tenants.segment(args.required("api", "which API ('turnpike apis' lists them)"));
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("stage", args.required("stage", "the stage to deploy to, e.g. prod"));
    args.option("description").ifPresent(d -> body.put("description", d));
    JsonNode deployed =
        client.postJson("/tenants/" + tenant + "/apis/" + api + "/deployments", body);
    if (args.flag("json")) {
      Output.json(context.out(), deployed);
    } else {
      context
          .out()
          .println(
              "Deployed "
                  + deployed.path("id").asText()
                  + " to stage "
                  + deployed.path("stage").asText()
                  + ": "
                  + deployed.path("invokeUrl").asText());
    }
    return 0;
  }
}
