package dev.turnpike.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What an export says about a definition, piece by piece. */
class OpenApiExporterTest {

  private final OpenApiExporter exporter = new OpenApiExporter();

  private static ApiDefinition imported(String name) throws Exception {
    ImportResult result = new OpenApiImporter().importDocument(OpenApiRoundTripTest.read(name));
    assertThat(result.errors()).isEmpty();
    return result.definition();
  }

  @Test
  void key_required_methods_carry_the_api_key_scheme_as_amazons_export_does() throws Exception {
    OpenAPI doc =
        exporter.toOpenApi(
            imported("aws-petstore.yaml"), ExportOptions.of(ExportFlavour.AWS, ExportFormat.JSON));

    SecurityScheme scheme = doc.getComponents().getSecuritySchemes().get("api_key");
    assertThat(scheme.getType()).isEqualTo(SecurityScheme.Type.APIKEY);
    assertThat(scheme.getIn()).isEqualTo(SecurityScheme.In.HEADER);
    assertThat(scheme.getName()).isEqualTo("x-api-key");
    assertThat(doc.getPaths().get("/pets").getGet().getSecurity())
        .singleElement()
        .satisfies(s -> assertThat(s).containsOnlyKeys("api_key"));
    assertThat(doc.getPaths().get("/pets/{petId}").getGet().getSecurity()).isNull();
    Map<String, Object> any = doc.getPaths().get("/{proxy+}").getExtensions();
    assertThat(any).containsOnlyKeys("x-amazon-apigateway-any-method");
    assertThat(((Operation) any.get("x-amazon-apigateway-any-method")).getParameters())
        .extracting(Parameter::getName)
        .containsExactly("proxy");
  }

  @Test
  void each_flavour_speaks_only_its_own_extensions() throws Exception {
    ApiDefinition features = imported("turnpike-features.yaml");

    String aws = exporter.export(features, ExportOptions.of(ExportFlavour.AWS, ExportFormat.YAML));
    String ours =
        exporter.export(features, ExportOptions.of(ExportFlavour.TURNPIKE, ExportFormat.JSON));

    assertThat(aws)
        .doesNotContain("x-turnpike-")
        .contains(
            "x-amazon-apigateway-integration:",
            "x-amazon-apigateway-any-method:",
            "x-amazon-apigateway-request-validators:",
            "x-amazon-apigateway-gateway-responses:",
            "x-amazon-apigateway-api-key-source: HEADER");
    assertThat(ours).doesNotContain("x-amazon-apigateway").contains("\"x-turnpike-any-method\"");
  }

  @Test
  void validated_parameters_and_models_become_parameters_a_body_and_components() throws Exception {
    OpenAPI doc =
        exporter.toOpenApi(
            imported("turnpike-features.yaml"),
            ExportOptions.of(ExportFlavour.AWS, ExportFormat.JSON));

    Operation put = doc.getPaths().get("/orders/{orderId}/lines/{line}").getPut();
    assertThat(put.getParameters())
        .extracting(p -> p.getIn() + ":" + p.getName() + ":" + p.getRequired())
        .containsExactly(
            "path:orderId:true",
            "path:line:true",
            "query:dryRun:true",
            "header:X-Request-Id:true",
            // read by request parameter mappings: declared, as Amazon wants, but optional
            "query:note:null",
            "query:tag:null");
    assertThat(put.getRequestBody().getContent())
        .containsOnlyKeys("application/json", "application/vnd.orders+json");
    assertThat(propertyRef(put, "application/vnd.orders+json", "order"))
        .isEqualTo("#/components/schemas/Order");
    assertThat(doc.getComponents().getSchemas()).containsOnlyKeys("Address", "Order");
    assertThat(put.getExtensions())
        .containsEntry("x-amazon-apigateway-request-validator", ValidatorNames.ALL)
        .containsKey("x-amazon-apigateway-integration");
    assertThat(put.getResponses()).containsOnlyKeys("201", "200", "400", "502");
    assertThat(put.getResponses().get("201").getHeaders()).containsOnlyKeys("Location");
  }

  @Test
  void functions_are_aws_proxy_for_amazon_and_function_for_us() throws Exception {
    ApiDefinition features = imported("turnpike-features.yaml");

    assertThat(integration(features, ExportFlavour.AWS, "/thumbnails/{id}"))
        .containsEntry("type", "aws_proxy")
        .containsEntry("httpMethod", "POST");
    assertThat(integration(features, ExportFlavour.TURNPIKE, "/thumbnails/{id}"))
        .containsEntry("type", "function");
    Map<String, Object> put =
        integration(features, ExportFlavour.AWS, "/orders/{orderId}/lines/{line}");
    assertThat(put)
        .containsEntry("contentHandling", "CONVERT_TO_TEXT")
        .containsEntry(
            "uri",
            "https://${stageVariables.ordersHost}/v2/orders/{order}/lines/{line}?env=${stageVariables.env}");
    assertThat((Map<String, Object>) put.get("requestParameters"))
        .containsEntry("integration.request.header.X-Source", "'turnpike'");
    assertThat(
            exporter
                .toOpenApi(features, ExportOptions.of(ExportFlavour.AWS, ExportFormat.JSON))
                .getExtensions()
                .get("x-amazon-apigateway-binary-media-types"))
        .isEqualTo(List.of("image/*", "application/octet-stream", "application/pdf"));
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> integration(ApiDefinition api, ExportFlavour flavour, String path) {
    io.swagger.v3.oas.models.PathItem item =
        exporter.toOpenApi(api, ExportOptions.of(flavour, ExportFormat.JSON)).getPaths().get(path);
    Operation op = item.getPost() != null ? item.getPost() : item.getPut();
    return (Map<String, Object>) op.getExtensions().get(flavour.extension(Extensions.INTEGRATION));
  }

  @Test
  void the_source_document_brings_back_its_documentation_but_not_what_is_not_served()
      throws Exception {
    String source = OpenApiRoundTripTest.read("aws-petstore-export.yaml");
    OpenAPI doc =
        exporter.toOpenApi(
            imported("aws-petstore-export.yaml"),
            ExportOptions.of(ExportFlavour.AWS, ExportFormat.YAML).withSource(source));

    assertThat(doc.getInfo().getDescription()).startsWith("Your first API");
    Operation list = doc.getPaths().get("/pets").getGet();
    assertThat(list.getSummary()).isEqualTo("List all pets");
    assertThat(list.getTags()).containsExactly("pets");
    assertThat(list.getParameters())
        .extracting(p -> p.getName() + ":" + p.getRequired())
        .containsExactly("type:false", "page:false");
    assertThat(
            list.getResponses()
                .get("200")
                .getContent()
                .get("application/json")
                .getSchema()
                .get$ref())
        .isEqualTo("#/components/schemas/Pets");
    assertThat(list.getExtensions()).containsKey("x-amazon-apigateway-integration");

    OpenAPI petstore =
        exporter.toOpenApi(
            imported("aws-petstore.yaml"),
            ExportOptions.of(ExportFlavour.AWS, ExportFormat.YAML)
                .withSource(OpenApiRoundTripTest.read("aws-petstore.yaml")));
    assertThat(petstore.getPaths()).doesNotContainKey("/admin");
    assertThat(petstore.getComponents().getSecuritySchemes()).containsOnlyKeys("api_key");
  }

  @Test
  void a_source_that_is_not_openapi_is_refused() {
    assertThatThrownBy(
            () ->
                exporter.toOpenApi(
                    imported("swagger2.yaml"),
                    ExportOptions.of(ExportFlavour.AWS, ExportFormat.YAML).withSource("hello")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source document");
  }

  @Test
  void models_that_define_one_name_differently_keep_both() {
    String petA =
        "{\"$ref\":\"#/definitions/Pet\",\"definitions\":{\"Pet\":{\"type\":\"string\"}}}";
    String petB =
        "{\"type\":\"object\",\"properties\":{\"p\":{\"$ref\":\"#/definitions/Pet\"}},"
            + "\"definitions\":{\"Pet\":{\"type\":\"integer\"}}}";
    ApiDefinition api =
        new ApiDefinition(
            "Pets", "1", List.of(validated("/a", petA), validated("/b", petB)), null, null);

    OpenAPI doc =
        exporter.toOpenApi(api, ExportOptions.of(ExportFlavour.TURNPIKE, ExportFormat.JSON));

    assertThat(doc.getComponents().getSchemas()).containsOnlyKeys("Pet", "Pet2");
    assertThat(doc.getComponents().getSchemas().get("Pet2").getType()).isEqualTo("integer");
    assertThat(propertyRef(doc.getPaths().get("/b").getPost(), "application/json", "p"))
        .isEqualTo("#/components/schemas/Pet2");
  }

  @Test
  void a_definition_openapi_cannot_express_is_refused_naming_the_method() {
    ApiDefinition connect =
        new ApiDefinition(
            "X",
            "1",
            List.of(
                new MethodDefinition("CONNECT", "/tunnel", false, null, Integration.mock("{}"))),
            null,
            null);
    assertThatThrownBy(
            () ->
                exporter.toOpenApi(connect, ExportOptions.of(ExportFlavour.AWS, ExportFormat.JSON)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CONNECT /tunnel");
  }

  @Test
  void flavours_and_formats_are_named_in_any_case_and_unknown_names_are_listed() {
    assertThat(ExportFlavour.named("Aws")).isEqualTo(ExportFlavour.AWS);
    assertThat(ExportFormat.named("YAML")).isEqualTo(ExportFormat.YAML);
    assertThatThrownBy(() -> ExportFlavour.named("gcp")).hasMessageContaining("turnpike or aws");
    assertThatThrownBy(() -> ExportFormat.named(null)).hasMessageContaining("json or yaml");
  }

  private static String propertyRef(Operation op, String contentType, String property) {
    Schema<?> body = op.getRequestBody().getContent().get(contentType).getSchema();
    return ((Schema<?>) body.getProperties().get(property)).get$ref();
  }

  private static MethodDefinition validated(String path, String model) {
    return new MethodDefinition(
        "POST",
        path,
        false,
        null,
        Integration.mock("{}"),
        new RequestValidation(false, true, null, Map.of("application/json", model)));
  }
}
