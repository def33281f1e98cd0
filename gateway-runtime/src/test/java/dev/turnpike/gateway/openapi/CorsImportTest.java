package dev.turnpike.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.CorsConfiguration;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** x-amazon-apigateway-cors (and x-turnpike-cors) on import, export and their checks. */
class CorsImportTest {

  private final OpenApiImporter importer = new OpenApiImporter();
  private final OpenApiExporter exporter = new OpenApiExporter();

  @Test
  void reads_amazons_cors_extension_into_the_definition() throws IOException {
    ImportResult result = importer.importDocument(read("aws-cors.yaml"));

    assertThat(result.errors()).isEmpty();
    CorsConfiguration cors = result.definition().cors();
    assertThat(cors.allowOrigins())
        .containsExactly("https://app.example.com", "http://localhost:3000");
    assertThat(cors.allowMethods()).containsExactly("GET", "POST");
    assertThat(cors.allowHeaders()).containsExactly("x-api-key", "content-type");
    assertThat(cors.exposeHeaders()).containsExactly("x-request-id");
    assertThat(cors.maxAge()).isEqualTo(300);
    assertThat(cors.allowCredentials()).isTrue();
    assertThat(cors.allowsOrigin("HTTPS://APP.example.com")).isTrue();
    assertThat(cors.allowsOrigin("https://evil.example.com")).isFalse();
    assertThat(result.warnings())
        .extracting(ImportProblem::pointer)
        .noneMatch(p -> p.contains("cors"));
    assertThat(result.definition().methods())
        .extracting(m -> m.methodKey())
        .contains("OPTIONS /pets", "GET /pets");
  }

  @Test
  void exports_cors_in_both_flavours() throws IOException {
    var definition = importer.importDocument(read("aws-cors.yaml")).definition();

    String aws =
        exporter.export(definition, ExportOptions.of(ExportFlavour.AWS, ExportFormat.YAML));
    String ours =
        exporter.export(definition, ExportOptions.of(ExportFlavour.TURNPIKE, ExportFormat.YAML));

    assertThat(aws).contains("x-amazon-apigateway-cors:").contains("maxAge: 300");
    assertThat(ours).contains("x-turnpike-cors:").doesNotContain("x-amazon-apigateway-cors");
    assertThat(importer.importDocument(ours).definition().cors()).isEqualTo(definition.cors());
  }

  @Test
  void no_extension_means_no_cors() throws IOException {
    assertThat(importer.importDocument(read("aws-petstore.yaml")).definition().cors()).isNull();
  }

  @Test
  void refuses_bad_values_at_their_json_pointers() {
    ImportResult result =
        importer.importDocument(
            document(
                """
                x-amazon-apigateway-cors:
                  allowOrigins: ["https://ok.example", "https://a.example/path", 7]
                  allowMethods: ["GET", "FETCH"]
                  allowHeaders: ["x-api-key", "bad header"]
                  maxAge: 100000
                  colour: blue
                """));

    assertThat(result.definition()).isNull();
    assertThat(result.errors())
        .extracting(ImportProblem::pointer)
        .containsExactlyInAnyOrder(
            "/x-amazon-apigateway-cors/allowOrigins/1",
            "/x-amazon-apigateway-cors/allowOrigins/2",
            "/x-amazon-apigateway-cors/allowMethods/1",
            "/x-amazon-apigateway-cors/allowHeaders/1",
            "/x-amazon-apigateway-cors/maxAge");
    assertThat(result.errors().toString())
        .contains("'https://a.example/path' is not '*' or an origin scheme://host[:port]")
        .contains("'FETCH' is not '*' or an HTTP method")
        .contains("0 to 86400");
    assertThat(result.warnings())
        .extracting(ImportProblem::pointer)
        .contains("/x-amazon-apigateway-cors/colour");
  }

  @Test
  void refuses_credentials_for_any_origin_and_a_non_object() {
    ImportResult anyWithCredentials =
        importer.importDocument(
            document(
                """
                x-turnpike-cors:
                  allowOrigins: ["*"]
                  allowCredentials: true
                """));
    assertThat(anyWithCredentials.errors())
        .extracting(ImportProblem::pointer)
        .containsExactly("/x-turnpike-cors/allowCredentials");

    ImportResult notObject = importer.importDocument(document("x-amazon-apigateway-cors: yes\n"));
    assertThat(notObject.errors())
        .extracting(ImportProblem::pointer)
        .containsExactly("/x-amazon-apigateway-cors");
  }

  @Test
  void warns_when_no_origin_is_allowed() {
    ImportResult result =
        importer.importDocument(document("x-amazon-apigateway-cors: {allowMethods: [GET]}\n"));
    assertThat(result.errors()).isEmpty();
    assertThat(result.definition().cors().allowOrigins()).isEmpty();
    assertThat(result.warnings())
        .extracting(ImportProblem::pointer)
        .contains("/x-amazon-apigateway-cors/allowOrigins");
  }

  private static String document(String extension) {
    return "openapi: 3.0.1\ninfo: {title: C, version: \"1\"}\n"
        + extension
        + """
        paths:
          /ping:
            get:
              responses: {"200": {description: ok}}
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates: {application/json: '{"statusCode": 200}'}
        """;
  }

  private static String read(String name) throws IOException {
    try (InputStream in = CorsImportTest.class.getResourceAsStream("/openapi/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
