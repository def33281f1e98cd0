package dev.turnpike.sdk.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.RecordingServer;
import dev.turnpike.sdk.SdkGenerator;
import dev.turnpike.sdk.SdkOptions;
import dev.turnpike.sdk.TestDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PythonSdkTest {

  private static final String SCRIPT =
      """
      import sys
      from petstore_api_client import PetstoreApiClient, ClientConfig, ApiException, models

      client = PetstoreApiClient(ClientConfig(base_url=sys.argv[1], api_key="secret-key",
                                              initial_backoff=0.01))
      pets = client.list_pets(5, "trace-1")
      created = client.create_pet(models.NewPet(name="Rex", tag="dog"))
      out = [str(len(pets)), pets[0].name, pets[0].owner.name, ",".join(pets[0].tags), str(created.id)]
      try:
          client.get_pets_by_pet_id("a b")
      except ApiException as e:
          out.append(f"{e.status}:{e.request_id}")
      print("|".join(out))
      """;

  @TempDir Path dir;

  @Test
  void generated_client_compiles_calls_the_api_and_retries_a_429() throws Exception {
    new SdkGenerator()
        .generateTo(TestDocs.read("petstore.yaml"), Language.PYTHON, SdkOptions.defaults(), dir);
    assertThat(dir.resolve("pyproject.toml")).exists();
    compileAll();
    Files.writeString(dir.resolve("run.py"), SCRIPT);

    try (RecordingServer server = new RecordingServer()) {
      server
          .answer(429, "{\"message\":\"Too Many Requests\"}", Map.of("Retry-After", "0"))
          .answer(
              200,
              "[{\"id\":7,\"name\":\"Tom\",\"tags\":[\"a\",\"b\"],\"owner\":{\"name\":\"Ann\"}}]")
          .answer(201, "{\"id\":8,\"name\":\"Rex\"}")
          .answer(404, "{\"message\":\"Not Found\"}", Map.of("x-request-id", "req-42"));

      Processes.Result result =
          Processes.run(dir, 60, List.of("python3", "run.py", server.baseUrl()));

      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output().strip()).isEqualTo("1|Tom|Ann|a,b|8|404:req-42");
      List<RecordingServer.Received> received = server.received();
      assertThat(received).hasSize(4);
      RecordingServer.Received first = received.get(0);
      assertThat(first.method()).isEqualTo("GET");
      assertThat(first.path()).isEqualTo("/v1/pets");
      assertThat(first.query()).isEqualTo("limit=5");
      assertThat(first.header("x-api-key")).isEqualTo("secret-key");
      assertThat(first.header("X-Trace-Id")).isEqualTo("trace-1");
      assertThat(received.get(1)).isEqualTo(first);
      assertThat(received.get(2).method()).isEqualTo("POST");
      assertThat(received.get(2).body()).isEqualTo("{\"name\": \"Rex\", \"tag\": \"dog\"}");
      assertThat(received.get(3).path()).isEqualTo("/v1/pets/a%20b");
    }
  }

  @Test
  void keywords_are_escaped_and_the_sdk_compiles() throws Exception {
    new SdkGenerator()
        .generateTo(TestDocs.read("keywords.yaml"), Language.PYTHON, SdkOptions.defaults(), dir);
    compileAll();
    Files.writeString(
        dir.resolve("check.py"),
        """
        import inspect
        from keyword_api_client import KeywordApiClient, models
        value = models.Import(import_="i", from_="f", class_=1, _2fa=True)
        print(sorted(value.to_dict().items()))
        print(list(inspect.signature(KeywordApiClient.class_).parameters))
        """);

    Processes.Result result = Processes.run(dir, 60, List.of("python3", "check.py"));

    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output())
        .contains("[('2fa', True), ('class', 1), ('from', 'f'), ('import', 'i')]")
        .contains("['self', 'for_', 'body', 'self_', 'body2']");
  }

  private void compileAll() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("python3", "-m", "py_compile"));
    try (Stream<Path> files = Files.walk(dir)) {
      files.filter(p -> p.toString().endsWith(".py")).forEach(p -> command.add(p.toString()));
    }
    assertThat(command).hasSizeGreaterThan(5);
    Processes.Result result = Processes.run(dir, 60, command);
    assertThat(result.exitCode()).as(result.output()).isZero();
  }
}
