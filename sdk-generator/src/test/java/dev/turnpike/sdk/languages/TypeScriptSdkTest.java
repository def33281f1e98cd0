package dev.turnpike.sdk.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.SdkGenerator;
import dev.turnpike.sdk.SdkOptions;
import dev.turnpike.sdk.TestDocs;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TypeScriptSdkTest {

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
    assertThat(dir.resolve("dist/client.js")).exists();
  }
}
