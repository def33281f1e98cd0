package dev.turnpike.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.IntegrationType;
import dev.turnpike.gateway.definition.MethodDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OpenApiImporterTest {

  private final OpenApiImporter importer = new OpenApiImporter();

  @Test
  void imports_an_aws_flavoured_document_with_mock_and_http_proxy() throws IOException {
    ImportResult result = importer.importDocument(read("aws-petstore.yaml"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.definition().name()).isEqualTo("PetStore");
    assertThat(result.definition().methods())
        .extracting(MethodDefinition::methodKey)
        .containsExactly("GET /pets", "GET /pets/{petId}", "POST /lambda", "ANY /{proxy+}");
    MethodDefinition pets = method(result, "GET /pets");
    assertThat(pets.apiKeyRequired()).isTrue();
    assertThat(pets.integration().type()).isEqualTo(IntegrationType.HTTP_PROXY);
    assertThat(pets.integration().timeoutMillis()).isEqualTo(5000);
    MethodDefinition pet = method(result, "GET /pets/{petId}");
    assertThat(pet.apiKeyRequired()).isFalse();
    assertThat(pet.integration().type()).isEqualTo(IntegrationType.MOCK);
    assertThat(pet.integration().responses()).hasSize(2);
    assertThat(pet.integration().responses().get(0).isDefault()).isTrue();
    assertThat(pet.integration().responses().get(0).responseParameters())
        .containsEntry("method.response.header.X-Pet", "'yes'");
    assertThat(pet.integration().responses().get(1).selectionPattern()).isEqualTo("4\\d{2}");
    assertThat(method(result, "ANY /{proxy+}").integration().uri())
        .isEqualTo("http://backend.example.com/{proxy}");
    assertThat(result.definition().gatewayResponses().get("THROTTLED").statusCode()).isEqualTo(429);
  }

  @Test
  void warns_per_item_it_cannot_honour_yet() throws IOException {
    ImportResult result = importer.importDocument(read("aws-petstore.yaml"));

    assertThat(result.warnings())
        .extracting(ImportProblem::pointer)
        .contains(
            "/paths/~1lambda/post/x-amazon-apigateway-integration/uri",
            "/paths/~1admin/get/security");
    assertThat(result.warnings().toString()).contains("Lambda ARN").contains("cognito");
    assertThat(method(result, "POST /lambda").integration().type())
        .isEqualTo(IntegrationType.FUNCTION);
    assertThat(result.definition().binaryMediaTypes()).containsExactly("image/png");
  }

  @Test
  void imports_swagger_2_documents() throws IOException {
    ImportResult result = importer.importDocument(read("swagger2.yaml"));

    assertThat(result.errors()).isEmpty();
    MethodDefinition list = method(result, "GET /items");
    assertThat(list.apiKeyRequired()).isTrue();
    assertThat(list.operationName()).isEqualTo("listItems");
    assertThat(list.integration().uri()).isEqualTo("https://items.example.com/items");
    MethodDefinition post = method(result, "POST /items");
    assertThat(post.integration().type()).isEqualTo(IntegrationType.MOCK);
    assertThat(post.integration().responses().get(0).statusCode()).isEqualTo(201);
  }

  @Test
  void refuses_a_broken_document_whole_with_pointers() throws IOException {
    ImportResult result = importer.importDocument(read("broken.yaml"));

    assertThat(result.definition()).isNull();
    assertThat(result.errors())
        .extracting(ImportProblem::pointer)
        .containsExactlyInAnyOrder(
            "/paths/~1pets/get",
            "/paths/~1pets/post/x-amazon-apigateway-integration/type",
            "/paths/~1orders~1{id}/get/x-amazon-apigateway-integration/uri");
    assertThat(result.errors().get(0).message()).contains("has no integration");
  }

  @Test
  void reads_our_extensions_and_prefers_them_to_amazons() throws IOException {
    ImportResult result = importer.importDocument(read("turnpike-features.yaml"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.warnings()).isEmpty();
    assertThat(method(result, "POST /orders").integration().type()).isEqualTo(IntegrationType.MOCK);
    assertThat(method(result, "POST /orders").requestValidation().validateParameters()).isFalse();
    assertThat(method(result, "ANY /files/{proxy+}").integration().timeoutMillis())
        .isEqualTo(10000);
    assertThat(result.definition().gatewayResponses())
        .containsOnlyKeys("INVALID_API_KEY", "QUOTA_EXCEEDED");
    MethodDefinition put = method(result, "PUT /orders/{orderId}/lines/{line}");
    assertThat(put.apiKeyRequired()).isTrue();
    assertThat(put.integration().requestParameters()).hasSize(5);
    assertThat(method(result, "POST /thumbnails/{id}").integration().type())
        .isEqualTo(IntegrationType.FUNCTION);
    assertThat(result.definition().binaryMediaTypes())
        .containsExactly("image/*", "application/octet-stream", "application/pdf");
  }

  @Test
  void refuses_text_that_is_not_openapi() {
    ImportResult result = importer.importDocument("this: [is not: openapi");
    assertThat(result.definition()).isNull();
    assertThat(result.errors()).isNotEmpty();
    assertThat(importer.importDocument("").errors()).hasSize(1);
  }

  private static MethodDefinition method(ImportResult result, String key) {
    return result.definition().methods().stream()
        .filter(m -> m.methodKey().equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no method " + key));
  }

  private static String read(String name) throws IOException {
    try (InputStream in = OpenApiImporterTest.class.getResourceAsStream("/openapi/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
