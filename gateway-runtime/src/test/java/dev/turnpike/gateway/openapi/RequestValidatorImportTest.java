package dev.turnpike.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Importing Amazon's request validators and passthrough behaviours. */
class RequestValidatorImportTest {

  private final OpenApiImporter importer = new OpenApiImporter();

  private static String petstore() throws Exception {
    try (InputStream in =
        RequestValidatorImportTest.class.getResourceAsStream("/openapi/aws-petstore-export.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("BACKEND", "http://backend.example.com");
    }
  }

  private static MethodDefinition method(ImportResult result, String key) {
    return result.definition().methods().stream()
        .filter(m -> m.methodKey().equals(key))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void reads_validators_per_operation_with_models_and_inlined_refs() throws Exception {
    ImportResult result = importer.importDocument(petstore());
    assertThat(result.errors()).isEmpty();
    RequestValidation post = method(result, "POST /pets").requestValidation();
    assertThat(post.validateBody()).isTrue();
    assertThat(post.validateParameters()).isTrue();
    String model = post.models().get("application/json");
    assertThat(new ObjectMapper().readTree(model).at("/properties/type/$ref").asText())
        .isEqualTo("#/definitions/PetType");
    assertThat(new ObjectMapper().readTree(model).at("/definitions/PetType/enum/0").asText())
        .isEqualTo("dog");
    RequestValidation get = method(result, "GET /pets").requestValidation();
    assertThat(get.validateBody()).isFalse();
    assertThat(get.validateParameters()).isTrue();
    assertThat(method(result, "GET /pets/{petId}").requestValidation()).isNull();
    assertThat(result.warnings())
        .noneMatch(w -> w.message().contains("x-amazon-apigateway-request-validator"));
  }

  @Test
  void required_parameters_and_unknown_validators() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: V, version: "1"}
        x-amazon-apigateway-request-validators:
          params: {validateRequestParameters: true}
        x-amazon-apigateway-request-validator: params
        paths:
          /items/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: q, in: query, required: true, schema: {type: string}}
                - {name: X-Trace, in: header, required: true, schema: {type: string}}
                - {name: opt, in: query, schema: {type: string}}
              x-amazon-apigateway-integration:
                type: mock
                passthroughBehavior: never
            post:
              x-amazon-apigateway-request-validator: nope
              x-amazon-apigateway-integration: {type: mock}
        """;
    ImportResult result = importer.importDocument(doc);
    assertThat(result.errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("request validator 'nope'"));
    ImportResult fixed =
        importer.importDocument(doc.replace("validator: nope", "validator: params"));
    assertThat(fixed.errors()).isEmpty();
    MethodDefinition get = method(fixed, "GET /items/{id}");
    assertThat(get.requestValidation().requiredParameters())
        .containsExactly(
            "method.request.path.id",
            "method.request.querystring.q",
            "method.request.header.X-Trace");
    assertThat(get.integration().passthroughBehavior()).isEqualTo(Integration.NEVER);
    assertThat(method(fixed, "POST /items/{id}").integration().passthroughBehavior())
        .isEqualTo(Integration.WHEN_NO_MATCH);
  }

  @Test
  void a_bad_passthrough_behavior_is_an_error() {
    String doc =
        """
        openapi: 3.0.1
        info: {title: V, version: "1"}
        paths:
          /a:
            get:
              x-amazon-apigateway-integration: {type: mock, passthroughBehavior: sometimes}
        """;
    assertThat(importer.importDocument(doc).errors())
        .singleElement()
        .satisfies(e -> assertThat(e.message()).contains("passthroughBehavior"));
  }
}
