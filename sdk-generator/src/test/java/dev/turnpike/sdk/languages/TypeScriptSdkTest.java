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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptSdkTest {

  private static final String SCRIPT =
      """
      import { PetstoreApiClient, ApiException } from "./dist/index.js";

      const client = new PetstoreApiClient({
        baseUrl: process.argv[2],
        apiKey: "secret-key",
        initialBackoffMs: 10,
      });
      const pets = await client.listPets(5, "trace-1");
      const created = await client.createPet({ name: "Rex", tag: "dog" });
      const out = [String(pets.length), pets[0].name, pets[0].owner.name, pets[0].tags.join(","),
        String(created.id)];
      try {
        await client.getPetsByPetId("a b");
        out.push("no error");
      } catch (e) {
        out.push(e instanceof ApiException ? `${e.status}:${e.requestId}` : "wrong error " + e);
      }
      console.log(out.join("|"));
      """;

  @TempDir Path dir;

  @Test
  void generates_an_esm_project_that_type_checks() throws Exception {
    new SdkGenerator()
        .generateTo(
            TestDocs.read("petstore.yaml"), Language.TYPESCRIPT, SdkOptions.defaults(), dir);

    for (String file :
        List.of(
            "package.json",
            "tsconfig.json",
            "README.md",
            "src/index.ts",
            "src/client.ts",
            "src/config.ts",
            "src/errors.ts",
            "src/models.ts",
            "src/transport.ts")) {
      assertThat(dir.resolve(file)).exists();
    }
    assertThat(dir.resolve("package.json")).content().contains("\"type\": \"module\"");
    assertThat(dir.resolve("src/client.ts"))
        .content()
        .contains("async listPets(limit?: number, xTraceId?: string): Promise<models.Pet[]>")
        .contains("async getPetsByPetId(petId: string): Promise<models.Pet>");

    compileOrSkip();
    assertThat(dir.resolve("dist/client.js")).exists();
  }

  @Test
  void generated_client_runs_against_a_server_and_retries_a_429() throws Exception {
    new SdkGenerator()
        .generateTo(
            TestDocs.read("petstore.yaml"), Language.TYPESCRIPT, SdkOptions.defaults(), dir);
    compileOrSkip();
    Files.writeString(dir.resolve("run.mjs"), SCRIPT);

    try (RecordingServer server = new RecordingServer()) {
      server
          .answer(429, "{\"message\":\"Too Many Requests\"}", Map.of("Retry-After", "0"))
          .answer(
              200,
              "[{\"id\":7,\"name\":\"Tom\",\"tags\":[\"a\",\"b\"],\"owner\":{\"name\":\"Ann\"}}]")
          .answer(201, "{\"id\":8,\"name\":\"Rex\"}")
          .answer(404, "{\"message\":\"Not Found\"}", Map.of("x-request-id", "req-42"));

      Processes.Result result =
          Processes.run(dir, 60, List.of("node", "run.mjs", server.baseUrl()));

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
      assertThat(first.body()).isEmpty();
      assertThat(received.get(1)).isEqualTo(first);
      RecordingServer.Received create = received.get(2);
      assertThat(create.method()).isEqualTo("POST");
      assertThat(create.path()).isEqualTo("/v1/pets");
      assertThat(create.query()).isNull();
      assertThat(create.header("x-api-key")).isEqualTo("secret-key");
      assertThat(create.header("Content-Type")).isEqualTo("application/json");
      assertThat(create.body()).isEqualTo("{\"name\":\"Rex\",\"tag\":\"dog\"}");
      assertThat(received.get(3).method()).isEqualTo("GET");
      assertThat(received.get(3).path()).isEqualTo("/v1/pets/a%20b");
    }
  }

  /** Compiles {@code dir} with the pinned tsc; skips the test when npx cannot provide it. */
  private void compileOrSkip() throws Exception {
    Processes.Result tsc;
    try {
      tsc =
          Processes.run(
              dir,
              60,
              List.of("npx", "--yes", "-p", "typescript@5.6.3", "tsc", "-p", "tsconfig.json"));
    } catch (java.io.IOException noNpx) {
      tsc = new Processes.Result(-2, noNpx.toString());
    }
    boolean toolMissing =
        tsc.exitCode() == -1
            || tsc.exitCode() == -2
            || tsc.output().contains("ERR!")
            || tsc.output().contains("command not found");
    Assumptions.assumeFalse(
        toolMissing, "npx could not fetch typescript@5.6.3 within 60 s: " + tsc.output());
    assertThat(tsc.exitCode()).as("tsc output:%n%s", tsc.output()).isZero();
  }
}
