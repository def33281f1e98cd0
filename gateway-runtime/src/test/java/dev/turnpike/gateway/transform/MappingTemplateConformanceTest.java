package dev.turnpike.gateway.transform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Mapping-template conformance: each {@code src/test/resources/conformance/*.json} holds one case
 * written from Amazon's documented examples (its {@code source} says which): a request (body, path,
 * query string, headers), a template and the expected output, compared as JSON ({@code "compare":
 * "json"}) or as exact text. The request context is fixed (see {@link #context}).
 */
class MappingTemplateConformanceTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TemplateEngine ENGINE = new TemplateEngine();

  static Stream<Path> cases() throws IOException, URISyntaxException {
    Path dir = Path.of(MappingTemplateConformanceTest.class.getResource("/conformance").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList().stream();
    }
  }

  @Test
  void has_at_least_25_cases() throws Exception {
    assertThat(cases().count()).isGreaterThanOrEqualTo(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void renders_as_documented(Path file) throws IOException {
    JsonNode c = JSON.readTree(file.toFile());
    JsonNode request = c.path("request");
    InputVariable input =
        new InputVariable(
            request.path("body").asText(""),
            strings(request.path("path")),
            strings(request.path("querystring")),
            strings(request.path("headers")));
    String out =
        ENGINE
            .compile(c.path("name").asText(), c.path("template").asText())
            .render(
                new TemplateVariables(
                    input, context(), Map.of("backend", "petstore.example.com", "version", "v2")));
    String expected = c.path("expected").asText();
    if ("json".equals(c.path("compare").asText())) {
      assertThat(JSON.readTree(out))
          .as("%s rendered:%n%s", file.getFileName(), out)
          .isEqualTo(JSON.readTree(expected));
    } else {
      assertThat(out).as(file.getFileName().toString()).isEqualTo(expected);
    }
  }

  private static Map<String, String> strings(JsonNode node) {
    return JSON.convertValue(
        node, JSON.getTypeFactory().constructMapType(Map.class, String.class, String.class));
  }

  /** The fixed request context of every case: POST /pets/{petId} on stage prod of tenant-a. */
  static Map<String, Object> context() {
    Instant at = Instant.parse("2026-11-25T19:52:13Z");
    return Map.of(
        "requestId",
        "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
        "httpMethod",
        "POST",
        "resourcePath",
        "/pets/{petId}",
        "stage",
        "prod",
        "accountId",
        "tenant-a",
        "requestTime",
        TemplateVariables.requestTime(at),
        "requestTimeEpoch",
        at.toEpochMilli(),
        "identity",
        Map.of("sourceIp", "203.0.113.7", "userAgent", "curl/8.0"),
        "authorizer",
        Map.of(),
        "error",
        Map.of());
  }
}
