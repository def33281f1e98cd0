package dev.turnpike.gateway.support;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.usageplans.key.ApiKeyHasher;
import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.plan.ApiStageRef;
import dev.turnpike.usageplans.plan.QuotaLimit;
import dev.turnpike.usageplans.plan.QuotaPeriod;
import dev.turnpike.usageplans.plan.ThrottleLimit;
import dev.turnpike.usageplans.plan.UsagePlan;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The snapshot the data plane tests serve: tenant A's petstore and tenant B's API. */
public final class Fixtures {

  public static final byte[] SECRET =
      "test-secret-of-32-bytes-length!!".getBytes(StandardCharsets.UTF_8);
  public static final ApiKeyHasher HASHER = new ApiKeyHasher(SECRET);

  private final List<ApiKeyRecord> keys = new ArrayList<>();
  private final String backend;

  public Fixtures(String backendUrl) {
    this.backend = backendUrl;
  }

  /** Adds a key of tenant A in plan A and returns its plaintext. */
  public String keyA(String keyId) {
    return key(keyId, "tenant-a", true, null, "plan-a");
  }

  public String key(String keyId, String tenant, boolean enabled, Instant expires, String plan) {
    String plaintext = "tpk_" + keyId + "-secret-value";
    keys.add(
        new ApiKeyRecord(
            keyId,
            tenant,
            "owner-" + keyId,
            "tpk_" + keyId,
            HASHER.hash(plaintext),
            enabled,
            expires,
            Set.of(plan)));
    return plaintext;
  }

  public GatewaySnapshot snapshot(long version, String pingMessage) {
    UsagePlan planA =
        new UsagePlan(
            "plan-a",
            "tenant-a",
            "Basic",
            new ThrottleLimit(5, 5),
            new QuotaLimit(100, QuotaPeriod.DAY, 0),
            List.of(
                new ApiStageRef("petstore", "prod", null), new ApiStageRef("bapi", "prod", null)));
    UsagePlan planB =
        new UsagePlan(
            "plan-b", "tenant-b", "B", null, null, List.of(new ApiStageRef("bapi", "prod", null)));
    return new GatewaySnapshot(
        version, List.of(petstore(pingMessage), tenantB()), List.of(planA, planB), keys, Map.of());
  }

  private Deployment petstore(String pingMessage) {
    List<MethodDefinition> methods =
        List.of(
            new MethodDefinition(
                "GET", "/pets", true, "listPets", Integration.httpProxy(backend + "/pets", 0)),
            new MethodDefinition(
                "GET",
                "/ping",
                false,
                "ping",
                Integration.mock("{\"message\":\"" + pingMessage + "\"}")),
            new MethodDefinition(
                "GET", "/pets/mine", false, "mine", Integration.mock("{\"which\":\"static\"}")),
            new MethodDefinition("GET", "/pets/{id}", false, "getPet", petById()),
            new MethodDefinition(
                "ANY",
                "/{proxy+}",
                false,
                "proxy",
                Integration.httpProxy(backend + "/echo/{proxy}", 0)),
            new MethodDefinition(
                "GET", "/down", false, "down", Integration.httpProxy("http://127.0.0.1:1/", 0)),
            new MethodDefinition(
                "GET", "/slow", false, "slow", Integration.httpProxy(backend + "/slow", 300)),
            new MethodDefinition("POST", "/orders", false, "order", httpOrder()));
    return new Deployment(
        "tenant-a",
        "petstore",
        "prod",
        "d-1",
        new ApiDefinition("Petstore", "1", methods, "HEADER", Map.of()),
        Map.of("color", "blue"),
        null,
        Map.of());
  }

  private static Integration petById() {
    return new Integration(
        IntegrationType.MOCK,
        null,
        null,
        Map.of(
            "application/json",
            "{\"statusCode\": #if($input.params('id') == '0')404#{else}200#end}"),
        List.of(
            new IntegrationResponse(
                null,
                200,
                Map.of(
                    "application/json",
                    "{\"which\":\"param\",\"id\":\"$util.escapeJavaScript($input.params('id'))\",\"stage\":\"$context.stage\",\"color\":\"$stageVariables.color\"}"),
                Map.of("method.response.header.X-Mock", "'yes'")),
            new IntegrationResponse(
                "404", 404, Map.of("application/json", "{\"message\":\"no pet\"}"), null)),
        0);
  }

  private Integration httpOrder() {
    return new Integration(
        IntegrationType.HTTP,
        backend + "/orders",
        "POST",
        Map.of(
            "application/json",
            "{\"item\": $input.json('$.name'), \"by\": \"$context.identity.sourceIp\"}"),
        List.of(
            new IntegrationResponse(
                null,
                201,
                Map.of(
                    "application/json",
                    "#set($b = $util.parseJson($input.body))\n{\"backendMethod\":\"$b.method\",\"sent\":$b.body}"),
                null)),
        0);
  }

  private static Deployment tenantB() {
    List<MethodDefinition> methods =
        List.of(
            new MethodDefinition(
                "GET", "/pets", true, "listPets", Integration.mock("{\"tenant\":\"b\"}")));
    return new Deployment(
        "tenant-b",
        "bapi",
        "prod",
        "d-b",
        new ApiDefinition("B", "1", methods, "HEADER", Map.of()),
        Map.of(),
        null,
        Map.of());
  }
}
