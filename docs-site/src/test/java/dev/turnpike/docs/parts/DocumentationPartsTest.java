package dev.turnpike.docs.parts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.sdk.spec.OpenApiDocuments;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

class DocumentationPartsTest {

  private static final OpenAPI ZOO =
      OpenApiDocuments.parse(
          """
          openapi: 3.0.3
          info: {title: Zoo, version: "1"}
          paths:
            /animals:
              get:
                parameters:
                  - {name: limit, in: query, schema: {type: integer}}
                  - {name: X-Trace, in: header, schema: {type: string}}
                responses:
                  "200":
                    description: ok
                    headers:
                      X-Total: {schema: {type: integer}}
              post:
                requestBody:
                  content:
                    application/json: {schema: {type: object}}
                responses:
                  "201": {description: created}
          components:
            schemas:
              Animal: {type: object}
          """);

  @Test
  void reads_aws_shapes_with_properties_as_json_strings_or_objects() {
    String array =
        """
        [{"id":"abc","location":{"type":"METHOD","path":"/animals","method":"GET"},
          "properties":"{\\"description\\":\\"Lists animals.\\",\\"summary\\":\\"List\\"}"}]
        """;
    String items =
        """
        {"items":[{"location":{"type":"MODEL","name":"Animal"},"properties":{"description":"A beast."}}]}
        """;
    String extension =
        """
        {"version":"1.0","documentationParts":[{"location":{"type":"API"},"properties":{"info":{"description":"Zoo."}}}]}
        """;

    PartOverrides overrides =
        PartOverrides.of(
            DocumentationParts.parse(array, "a.json")
                .then(DocumentationParts.parse(items, "b.json"))
                .then(DocumentationParts.parse(extension, "c.json")),
            ZOO,
            "parts");

    assertThat(overrides.method("/animals", "GET", "description")).contains("Lists animals.");
    assertThat(overrides.method("/animals", "GET", "summary")).contains("List");
    assertThat(overrides.method("/animals", "POST", "description")).isEmpty();
    assertThat(overrides.model("Animal", "description")).contains("A beast.");
    assertThat(overrides.api("description")).contains("Zoo.");
  }

  @Test
  void exact_method_and_status_win_over_wildcards_whatever_the_order() {
    String json =
        """
        [{"location":{"type":"METHOD","path":"/animals","method":"GET"},"properties":{"description":"exact"}},
         {"location":{"type":"METHOD","path":"/animals"},"properties":{"description":"every method"}},
         {"location":{"type":"RESPONSE","path":"/animals","method":"*","statusCode":"*"},"properties":{"description":"any response"}},
         {"location":{"type":"RESPONSE","path":"/animals","method":"POST","statusCode":"201"},"properties":{"description":"made"}},
         {"location":{"type":"QUERY_PARAMETER","path":"/animals","method":"GET","name":"limit"},"properties":{"description":"Page size."}},
         {"location":{"type":"REQUEST_HEADER","path":"/animals","method":"GET","name":"x-trace"},"properties":{"description":"Trace id."}},
         {"location":{"type":"REQUEST_BODY","path":"/animals","method":"POST"},"properties":{"description":"The animal."}},
         {"location":{"type":"RESPONSE_HEADER","path":"/animals","method":"GET","statusCode":"200","name":"X-Total"},"properties":{"description":"Count."}},
         {"location":{"type":"RESPONSE_BODY","path":"/animals","method":"GET","statusCode":"200"},"properties":{"description":"Animals."}},
         {"location":{"type":"RESOURCE","path":"/animals"},"properties":{"description":"The herd."}}]
        """;

    PartOverrides overrides = PartOverrides.of(DocumentationParts.parse(json, "p.json"), ZOO, "p");

    assertThat(overrides.method("/animals", "GET", "description")).contains("exact");
    assertThat(overrides.method("/animals", "POST", "description")).contains("every method");
    assertThat(overrides.response("/animals", "POST", "201")).contains("made");
    assertThat(overrides.response("/animals", "GET", "200")).contains("any response");
    assertThat(overrides.parameter("/animals", "GET", "query", "limit")).contains("Page size.");
    assertThat(overrides.parameter("/animals", "GET", "header", "X-Trace")).contains("Trace id.");
    assertThat(overrides.requestBody("/animals", "POST")).contains("The animal.");
    assertThat(overrides.responseHeader("/animals", "GET", "200", "x-total")).contains("Count.");
    assertThat(overrides.responseBody("/animals", "GET", "200")).contains("Animals.");
    assertThat(overrides.resource("/animals", "description")).contains("The herd.");
  }

  @Test
  void a_part_for_something_the_document_lacks_is_one_clear_error() {
    assertThatThrownBy(
            () ->
                PartOverrides.of(
                    DocumentationParts.parse(
                        """
                        [{"location":{"type":"API"},"properties":{}},
                         {"location":{"type":"QUERY_PARAMETER","path":"/animals","method":"GET","name":"limt"},"properties":{}}]
                        """,
                        "parts.json"),
                    ZOO,
                    "parts.json"))
        .isInstanceOf(DocumentationPartsException.class)
        .hasMessage(
            "Documentation part 2 (QUERY_PARAMETER GET /animals limt) in parts.json: GET /animals"
                + " has no query parameter 'limt'. Fix location.name or remove the part.");
    assertThatThrownBy(
            () ->
                PartOverrides.of(
                    DocumentationParts.parse(
                        "[{\"location\":{\"type\":\"METHOD\",\"path\":\"/animals\",\"method\":\"DELETE\"}}]",
                        "p"),
                    ZOO,
                    "p"))
        .hasMessageContaining("path /animals has no DELETE operation (it has GET, POST)");
    assertThatThrownBy(
            () ->
                PartOverrides.of(
                    DocumentationParts.parse(
                        "[{\"location\":{\"type\":\"MODEL\",\"name\":\"Cat\"}}]", "p"),
                    ZOO,
                    "p"))
        .hasMessageContaining("no model (components/schemas entry) named 'Cat'");
  }

  @Test
  void malformed_parts_name_the_file_the_part_and_the_field() {
    assertThatThrownBy(() -> DocumentationParts.parse("[{\"location\":", "parts.json"))
        .hasMessageStartingWith("parts.json: not JSON (")
        .hasMessageContaining("line 1");
    assertThatThrownBy(
            () ->
                DocumentationParts.parse("[{}, {\"location\":{\"type\":\"METHD\"}}]", "parts.json"))
        .hasMessage("parts.json, part 1: missing \"location\" object.");
    assertThatThrownBy(
            () -> DocumentationParts.parse("[{\"location\":{\"type\":\"METHD\"}}]", "parts.json"))
        .hasMessageStartingWith("parts.json, part 1: location.type 'METHD' is not one of API,");
    assertThatThrownBy(
            () ->
                DocumentationParts.parse(
                    "[{\"location\":{\"type\":\"MODEL\",\"name\":\"A\"},\"properties\":\"{oops\"}]",
                    "parts.json"))
        .hasMessageStartingWith("parts.json, part 1: \"properties\" is a string but not JSON");
    assertThatThrownBy(() -> DocumentationParts.parse("{\"x\":1}", "parts.json"))
        .hasMessageContaining("expected a JSON array of documentation parts");
  }
}
