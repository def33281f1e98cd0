package dev.turnpike.sdk.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.RecordingServer;
import dev.turnpike.sdk.SdkGenerator;
import dev.turnpike.sdk.SdkOptions;
import dev.turnpike.sdk.TestDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaSdkTest {

  private static final String DRIVER =
      """
      import petstoreapi.client.*;
      import petstoreapi.client.model.*;
      import java.time.Duration;
      import java.util.List;
      import java.util.function.Function;

      public class Driver implements Function<String, String> {
        public String apply(String baseUrl) {
          PetstoreApiClient client = new PetstoreApiClient(ClientConfig.builder()
              .baseUrl(baseUrl).apiKey("secret-key").initialBackoff(Duration.ofMillis(10)).build());
          List<Pet> pets = client.listPets(5, "trace-1");
          Pet created = client.createPet(new NewPet().setName("Rex").setTag("dog"));
          StringBuilder out = new StringBuilder();
          out.append(pets.size()).append('|').append(pets.get(0).getName())
              .append('|').append(pets.get(0).getOwner().getName())
              .append('|').append(pets.get(0).getTags()).append('|').append(created.getId());
          try {
            client.getPetsByPetId("a b");
          } catch (ApiException e) {
            out.append('|').append(e.getStatusCode()).append(':').append(e.getRequestId());
          }
          return out.toString();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void generated_client_compiles_calls_the_api_and_retries_a_429() throws Exception {
    new SdkGenerator()
        .generateTo(TestDocs.read("petstore.yaml"), Language.JAVA, SdkOptions.defaults(), dir);
    assertThat(dir.resolve("pom.xml")).exists();
    assertThat(dir.resolve("README.md")).content().contains("PetstoreApiClient");
    Path sources = dir.resolve("src/main/java");
    Files.writeString(sources.resolve("Driver.java"), DRIVER);
    ClassLoader loader =
        JavaCompilation.compile(sources, Files.createDirectory(dir.resolve("out")));

    try (RecordingServer server = new RecordingServer()) {
      server
          .answer(429, "{\"message\":\"Too Many Requests\"}", Map.of("Retry-After", "0"))
          .answer(
              200,
              "[{\"id\":7,\"name\":\"Tom\",\"tags\":[\"a\",\"b\"],\"owner\":{\"name\":\"Ann\"},\"unknown\":1}]")
          .answer(201, "{\"id\":8,\"name\":\"Rex\"}")
          .answer(404, "{\"message\":\"Not Found\"}", Map.of("x-request-id", "req-42"));
      @SuppressWarnings("unchecked")
      Function<String, String> driver =
          (Function<String, String>) loader.loadClass("Driver").getConstructor().newInstance();

      String result = driver.apply(server.baseUrl());

      assertThat(result).isEqualTo("1|Tom|Ann|[a, b]|8|404:req-42");
      List<RecordingServer.Received> received = server.received();
      assertThat(received).hasSize(4);
      RecordingServer.Received first = received.get(0);
      assertThat(first.method()).isEqualTo("GET");
      assertThat(first.path()).isEqualTo("/v1/pets");
      assertThat(first.query()).isEqualTo("limit=5");
      assertThat(first.header("x-api-key")).isEqualTo("secret-key");
      assertThat(first.header("X-Trace-Id")).isEqualTo("trace-1");
      assertThat(received.get(1)).isEqualTo(first);
      RecordingServer.Received post = received.get(2);
      assertThat(post.method()).isEqualTo("POST");
      assertThat(post.body()).isEqualTo("{\"name\":\"Rex\",\"tag\":\"dog\"}");
      assertThat(post.header("Content-Type")).isEqualTo("application/json");
      assertThat(received.get(3).path()).isEqualTo("/v1/pets/a%20b");
    }
  }

  @Test
  void keywords_are_escaped_and_the_sdk_compiles() throws Exception {
    new SdkGenerator()
        .generateTo(TestDocs.read("keywords.yaml"), Language.JAVA, SdkOptions.defaults(), dir);

    Path sources = dir.resolve("src/main/java");
    ClassLoader loader =
        JavaCompilation.compile(sources, Files.createDirectory(dir.resolve("out")));

    Class<?> client = loader.loadClass("keywordapi.client.KeywordApiClient");
    Class<?> model = loader.loadClass("keywordapi.client.model.Import");
    assertThat(client.getMethod("class_", String.class, model, String.class, String.class))
        .isNotNull();
    assertThat(model.getMethod("getImport")).isNotNull();
    assertThat(model.getMethod("getFrom")).isNotNull();
    assertThat(model.getMethod("getClassValue")).isNotNull();
  }
}
