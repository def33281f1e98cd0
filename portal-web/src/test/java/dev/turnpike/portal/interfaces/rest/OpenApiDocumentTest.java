package dev.turnpike.portal.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written management API document against the code: every JAX-RS resource method in this
 * package (found by reflection, so a new endpoint cannot be forgotten) is in the document, and the
 * document names nothing the code does not serve.
 */
class OpenApiDocumentTest {
  private static OpenAPI document;
  private static SwaggerParseResult parsed;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream yaml = OpenApiResource.class.getResourceAsStream(OpenApiResource.DOCUMENT)) {
      assertThat(yaml).as(OpenApiResource.DOCUMENT).isNotNull();
      parsed =
          new OpenAPIV3Parser()
              .readContents(new String(yaml.readAllBytes(), StandardCharsets.UTF_8));
    }
    document = parsed.getOpenAPI();
  }

  @Test
  void the_document_is_valid_openapi() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(document.getPaths()).isNotEmpty();
  }

  @Test
  void every_resource_method_is_documented_and_nothing_else_is() throws Exception {
    Set<String> served = servedOperations();
    assertThat(served).as("resource methods found by reflection").hasSizeGreaterThan(20);
    assertThat(documentedOperations()).containsExactlyInAnyOrderElementsOf(served);
  }

  @Test
  void every_tenant_operation_names_the_smallest_role_that_may_call_it() {
    Set<String> allowed = Set.of("VIEWER", "PUBLISHER", "ADMIN", "OWNER", "SIGNED_IN");
    Set<String> unnamed = new TreeSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          Object role =
                              operation.getExtensions() == null
                                  ? null
                                  : operation.getExtensions().get("x-turnpike-minimum-role");
                          if (path.startsWith("/tenants/{tenantId}") && !allowed.contains(role)) {
                            unnamed.add(method + " " + path + " (" + role + ")");
                          }
                        }));
    assertThat(unnamed).as("operations without a valid x-turnpike-minimum-role").isEmpty();
  }

  private static Set<String> documentedOperations() {
    Set<String> operations = new TreeSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(m -> operations.add(m.name() + " " + path)));
    return operations;
  }

  /** "GET /tenants/{tenantId}/members" for every resource method of every resource class here. */
  private static Set<String> servedOperations() throws IOException, URISyntaxException {
    Set<String> operations = new TreeSet<>();
    for (Class<?> resource : resourceClasses()) {
      String base = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb = httpMethod(method);
        if (verb != null) {
          Path sub = method.getAnnotation(Path.class);
          operations.add(verb + " " + join(base, sub == null ? "" : sub.value()));
        }
      }
    }
    return operations;
  }

  private static Set<Class<?>> resourceClasses() throws IOException, URISyntaxException {
    // The main classes' folder (getResource("") would find the test classes' folder first).
    java.nio.file.Path folder =
        java.nio.file.Path.of(
                OpenApiResource.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(OpenApiResource.class.getPackageName().replace('.', '/'));
    Set<Class<?>> classes = new java.util.HashSet<>();
    try (Stream<java.nio.file.Path> files = Files.list(folder)) {
      for (java.nio.file.Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".class") && !name.contains("$")) {
          Class<?> type = load(name.substring(0, name.length() - ".class".length()));
          if (type.isAnnotationPresent(Path.class)) {
            classes.add(type);
          }
        }
      }
    }
    return classes;
  }

  private static Class<?> load(String simpleName) {
    try {
      return Class.forName(OpenApiResource.class.getPackageName() + "." + simpleName);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String httpMethod(Method method) {
    return Stream.of(method.getAnnotations())
        .map(a -> a.annotationType().getAnnotation(HttpMethod.class))
        .filter(java.util.Objects::nonNull)
        .map(h -> h.value().toUpperCase(Locale.ROOT))
        .findFirst()
        .orElse(null);
  }

  private static String join(String base, String sub) {
    String path = "/" + strip(base) + (sub.isEmpty() ? "" : "/" + strip(sub));
    return path.replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
  }

  private static String strip(String segment) {
    return segment.replaceAll("^/+|/+$", "");
  }
}
