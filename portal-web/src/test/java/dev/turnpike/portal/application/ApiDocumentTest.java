package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.definition.RequestValidation;
import dev.turnpike.gateway.openapi.ExportFlavour;
import dev.turnpike.gateway.openapi.ExportFormat;
import dev.turnpike.gateway.openapi.ExportOptions;
import dev.turnpike.gateway.openapi.OpenApiExporter;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the by-hand editors write into an API's document survives regeneration and re-import. */
class ApiDocumentTest {
  private static final String MODEL =
      "{\"type\":\"object\",\"required\":[\"item\"],\"properties\":{\"item\":{\"type\":\"string\"}}}";

  @Test
  void models_parameters_and_validation_survive_regeneration_and_import() {
    MethodDefinition mock =
        new MethodDefinition("POST", "/orders", false, null, Integration.mock("{}"));
    ApiDefinition blank = new ApiDefinition("Shop", "1", List.of(mock), null, null);
    String source =
        new OpenApiExporter()
            .export(blank, ExportOptions.of(ExportFlavour.TURNPIKE, ExportFormat.YAML));

    ApiDocument document = ApiDocument.parse(source);
    document
        .schemas()
        .put("Order", ModelSchemas.toComponent(ModelSchemas.checked(MODEL, Set.of()), "text/json"));
    document
        .operation(mock)
        .setParameters(
            List.of(
                new Parameter().in("query").name("store").required(true).schema(new StringSchema()),
                new Parameter().in("header").name("x-trace").schema(new StringSchema())));
    RequestValidation validation =
        new RequestValidation(
            true,
            true,
            List.of("method.request.querystring.store"),
            Map.of("application/json", ModelSchemas.inlined("Order", document.schemas())));
    MethodDefinition validated = MethodRequestService.withValidation(mock, validation);
    ApiDefinition updated = DraftEditor.withMethod(blank, validated);
    String regenerated = MappingTemplateService.regenerate(document.text(), updated);

    ApiDocument again = ApiDocument.parse(regenerated);
    assertThat(ModelSchemas.contentType(again.schemas().get("Order"))).isEqualTo("text/json");
    assertThat(again.existing(validated).getParameters())
        .extracting(Parameter::getName)
        .containsExactly("store", "x-trace");
    RequestValidation imported =
        new OpenApiImporter()
            .importDocument(regenerated)
            .definition()
            .methods()
            .get(0)
            .requestValidation();
    assertThat(imported.validateBody()).isTrue();
    assertThat(imported.requiredParameters()).containsExactly("method.request.querystring.store");
  }
}
