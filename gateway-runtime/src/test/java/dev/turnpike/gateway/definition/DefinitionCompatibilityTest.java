package dev.turnpike.gateway.definition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The optional fields added for passthrough and validation keep older snapshots readable. */
class DefinitionCompatibilityTest {

  private final SnapshotCodec codec = new SnapshotCodec();

  private static final String OLD_SNAPSHOT =
      """
      {"version": 3, "deployments": [{"tenantId": "t", "apiId": "a", "stage": "s",
        "api": {"name": "A", "methods": [{"httpMethod": "GET", "resourcePath": "/x",
          "apiKeyRequired": false, "integration": {"type": "MOCK",
            "requestTemplates": {"application/json": "{\\"statusCode\\": 200}"},
            "responses": [], "timeoutMillis": 0}}]}}]}
      """;

  @Test
  void a_snapshot_without_the_new_fields_reads_with_defaults() {
    MethodDefinition method = codec.read(OLD_SNAPSHOT).deployments().get(0).api().methods().get(0);
    assertThat(method.requestValidation()).isNull();
    assertThat(method.integration().passthroughBehavior()).isEqualTo(Integration.WHEN_NO_MATCH);
    assertThat(method.integration().requestParameters()).isEmpty();
    assertThat(method.integration().contentHandling()).isNull();
    assertThat(codec.read(OLD_SNAPSHOT).deployments().get(0).api().binaryMediaTypes()).isEmpty();
  }

  @Test
  void function_integrations_parameters_and_binary_types_round_trip() {
    Integration function =
        new Integration(
            IntegrationType.FUNCTION,
            "https://${stageVariables.fn}/invoke",
            "POST",
            null,
            List.of(
                new IntegrationResponse(
                    null, 200, null, Map.of("method.response.header.X", "'y'"), "convert_to_text")),
            1000,
            null,
            Map.of("integration.request.header.X-Id", "method.request.path.id"),
            "CONVERT_TO_BINARY");
    MethodDefinition method = new MethodDefinition("GET", "/x/{id}", false, null, function);
    GatewaySnapshot snapshot =
        new GatewaySnapshot(
            1,
            List.of(
                new Deployment(
                    "t",
                    "a",
                    "s",
                    "d",
                    new ApiDefinition("A", "1", List.of(method), null, null, List.of("image/*")),
                    null,
                    null,
                    null)),
            null,
            null,
            null);
    String json = codec.write(snapshot);
    assertThat(json)
        .contains("\"type\":\"FUNCTION\"")
        .contains("\"binaryMediaTypes\":[\"image/*\"]")
        .contains("\"contentHandling\":\"CONVERT_TO_TEXT\"");
    assertThat(codec.read(json)).isEqualTo(snapshot);
  }

  @Test
  void new_fields_round_trip() {
    MethodDefinition method =
        new MethodDefinition(
            "POST",
            "/pets",
            false,
            "create",
            new Integration(IntegrationType.MOCK, null, null, null, null, 0, "never"),
            new RequestValidation(
                true,
                true,
                List.of("method.request.querystring.q"),
                Map.of("application/json", "{\"type\":\"object\"}")));
    GatewaySnapshot snapshot =
        new GatewaySnapshot(
            1,
            List.of(
                new Deployment(
                    "t",
                    "a",
                    "s",
                    "d",
                    new ApiDefinition("A", "1", List.of(method), null, null),
                    null,
                    null,
                    null)),
            null,
            null,
            null);
    String json = codec.write(snapshot);
    assertThat(json)
        .contains("\"passthroughBehavior\":\"NEVER\"")
        .contains("\"requestValidation\"");
    MethodDefinition read = codec.read(json).deployments().get(0).api().methods().get(0);
    assertThat(read).isEqualTo(method);
  }

  @Test
  void the_old_constructors_still_work() {
    MethodDefinition method =
        new MethodDefinition("GET", "/x", false, null, Integration.mock("{}"));
    assertThat(method.requestValidation()).isNull();
    assertThat(
            new Integration(IntegrationType.HTTP, "http://b", "GET", null, null, 0)
                .passthroughBehavior())
        .isEqualTo(Integration.WHEN_NO_MATCH);
  }
}
