package dev.turnpike.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ContentHandling;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** An Amazon export with Lambda proxy methods, parameter mappings and binary media types. */
class FunctionImportTest {

  private static final String AT = "/x-amazon-apigateway-integration";

  private final OpenApiImporter importer = new OpenApiImporter();

  @Test
  void imports_aws_proxy_methods_mappings_and_binary_types() throws IOException {
    ImportResult result = importer.importDocument(read("aws-export-functions.yaml"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.definition().binaryMediaTypes())
        .containsExactly("image/*", "application/octet-stream");
    Integration orders = method(result, "ANY /orders").integration();
    assertThat(orders.type()).isEqualTo(IntegrationType.FUNCTION);
    assertThat(orders.uri())
        .isEqualTo("https://${stageVariables.ordersFunction}/2015-03-31/invoke");
    assertThat(orders.timeoutMillis()).isEqualTo(3000);
    Integration photos = method(result, "GET /photos/{id}").integration();
    assertThat(photos.requestParameters())
        .containsEntry("integration.request.path.imageId", "method.request.path.id")
        .containsEntry("integration.request.querystring.width", "method.request.querystring.size")
        .containsEntry("integration.request.header.X-Stage", "context.stage")
        .containsEntry("integration.request.header.X-Fixed", "'yes'")
        .doesNotContainKey("integration.request.header.X-Body");
    assertThat(photos.contentHandling()).isEqualTo(ContentHandling.CONVERT_TO_TEXT);
    assertThat(photos.responses().get(0).contentHandling())
        .isEqualTo(ContentHandling.CONVERT_TO_BINARY);
    assertThat(photos.responses().get(0).responseParameters())
        .containsOnlyKeys("method.response.header.X-Photo-Id");
  }

  @Test
  void keeps_a_lambda_arn_method_with_a_warning_naming_the_fix() throws IOException {
    ImportResult result = importer.importDocument(read("aws-export-functions.yaml"));

    MethodDefinition users = method(result, "POST /users");
    assertThat(users.integration().type()).isEqualTo(IntegrationType.FUNCTION);
    ImportProblem warning = warning(result, "/paths/~1users/post" + AT + "/uri");
    assertThat(warning.message()).contains("Lambda ARN").contains("http(s) URL");
  }

  @Test
  void warns_per_mapping_it_reads_but_does_not_apply() throws IOException {
    ImportResult result = importer.importDocument(read("aws-export-functions.yaml"));

    String photos = "/paths/~1photos~1{id}/get" + AT;
    assertThat(
            warning(result, photos + "/requestParameters/integration.request.header.X-Body")
                .message())
        .contains("request body");
    assertThat(
            warning(
                    result,
                    photos + "/responses/default/responseParameters/method.response.header.X-Odd")
                .message())
        .contains("unknown source");
  }

  @Test
  void refuses_unknown_sources_targets_content_handling_and_media_types() throws IOException {
    ImportResult result = importer.importDocument(read("bad-mappings.yaml"));

    assertThat(result.definition()).isNull();
    assertThat(result.errors())
        .extracting(ImportProblem::pointer)
        .containsExactlyInAnyOrder(
            "/paths/~1a/get" + AT + "/requestParameters/integration.request.header.X-A",
            "/paths/~1a/get" + AT + "/requestParameters/integration.response.header.X-B",
            "/paths/~1a/get" + AT + "/contentHandling",
            "/x-amazon-apigateway-binary-media-types/0");
    assertThat(result.errors().toString())
        .contains("unknown source 'method.request.cookie.a'")
        .contains("CONVERT_TO_TEXT or CONVERT_TO_BINARY");
  }

  private static ImportProblem warning(ImportResult result, String pointer) {
    return result.warnings().stream()
        .filter(w -> w.pointer().equals(pointer))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no warning at " + pointer + ": " + result.warnings()));
  }

  private static MethodDefinition method(ImportResult result, String key) {
    return result.definition().methods().stream()
        .filter(m -> m.methodKey().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static String read(String name) throws IOException {
    try (InputStream in = FunctionImportTest.class.getResourceAsStream("/openapi/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
