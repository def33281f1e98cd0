package dev.turnpike.gateway.state;

import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewayResponse;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.SnapshotFormatException;
import dev.turnpike.gateway.route.RouteTable;
import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.gateway.transform.TemplateException;
import dev.turnpike.usageplans.key.KeyIndex;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a {@link GatewaySnapshot} into a {@link GatewayState}: route tables, compiled templates,
 * the key index. All the work a request would otherwise repeat happens here, once. A snapshot with
 * any fault is rejected whole with a {@link SnapshotFormatException} naming the deployment.
 */
public final class StateCompiler {

  private final TemplateEngine engine;
  private final MethodCompiler methods;

  public StateCompiler(TemplateEngine engine) {
    this.engine = engine;
    this.methods = new MethodCompiler(engine);
  }

  public GatewayState compile(GatewaySnapshot snapshot) {
    if (snapshot == null) {
      throw new SnapshotFormatException("Snapshot is null: pass GatewaySnapshot.empty() instead");
    }
    Map<String, CompiledDeployment> deployments = new HashMap<>();
    for (Deployment deployment : snapshot.deployments()) {
      String id = deployment.apiId() + "/" + deployment.stage();
      if (deployments.containsKey(id)) {
        throw new SnapshotFormatException(
            "Snapshot " + snapshot.version() + " deploys " + id + " twice; keep one deployment");
      }
      deployments.put(id, compileDeployment(snapshot.version(), deployment));
    }
    Map<String, UsagePlan> plans = new HashMap<>();
    for (UsagePlan plan : snapshot.plans()) {
      plans.put(plan.id(), plan);
    }
    try {
      return new GatewayState(
          snapshot.version(),
          deployments,
          KeyIndex.of(snapshot.keys()),
          plans,
          snapshot.tenantThrottles());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new SnapshotFormatException(
          "Snapshot " + snapshot.version() + " has bad API keys: " + e.getMessage(), e);
    }
  }

  private CompiledDeployment compileDeployment(long version, Deployment deployment) {
    String where =
        "Snapshot " + version + ", deployment " + deployment.apiId() + "/" + deployment.stage();
    try {
      RouteTable.Builder<CompiledMethod> routes = RouteTable.builder();
      deployment
          .api()
          .methods()
          .forEach(
              m ->
                  routes.add(
                      m.httpMethod(), m.resourcePath(), methods.compile(where, deployment, m)));
      return new CompiledDeployment(
          deployment, routes.build(), gatewayResponses(where, deployment));
    } catch (IllegalArgumentException | TemplateException e) {
      throw new SnapshotFormatException(where + ": " + e.getMessage(), e);
    }
  }

  private Map<String, CompiledGatewayResponse> gatewayResponses(
      String where, Deployment deployment) {
    Map<String, CompiledGatewayResponse> compiled = new HashMap<>();
    deployment
        .api()
        .gatewayResponses()
        .forEach(
            (key, response) -> compiled.put(key, compileGatewayResponse(where, key, response)));
    return compiled;
  }

  private CompiledGatewayResponse compileGatewayResponse(
      String where, String key, GatewayResponse response) {
    Map<String, String> headers = new LinkedHashMap<>();
    response
        .responseParameters()
        .forEach(
            (name, value) -> {
              String prefix = "gatewayresponse.header.";
              if (name.startsWith(prefix)) {
                headers.put(name.substring(prefix.length()), value);
              }
            });
    String json = response.responseTemplates().get("application/json");
    return new CompiledGatewayResponse(
        response.statusCode(),
        headers,
        json == null
            ? null
            : engine.compile(
                where + ", gateway response " + key + " for 'application/json'", json));
  }
}
