package dev.turnpike.sdk.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.SdkGenerator;
import dev.turnpike.sdk.SdkOptions;
import dev.turnpike.sdk.TestDocs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document under {@code real-world/} generates in all three languages, and what is generated
 * compiles: javac per document, one tsc program over all TypeScript SDKs, one Python process that
 * byte-compiles and imports every Python SDK.
 */
class RealWorldCorpusTest {

  static final List<String> DOCUMENTS =
      List.of(
          "asana",
          "box",
          "digitalocean",
          "discourse",
          "github",
          "jira",
          "kubernetes",
          "launchdarkly",
          "openai",
          "petstore-expanded",
          "petstore-swagger2",
          "plaid",
          "readme-discriminators",
          "slack",
          "spotify",
          "stripe",
          "trello",
          "twilio",
          "uspto",
          "vercel",
          "xkcd");

  @TempDir static Path root;

  @BeforeAll
  static void generate_every_document_in_every_language() {
    SdkGenerator generator = new SdkGenerator();
    for (String name : DOCUMENTS) {
      String document = TestDocs.read("real-world/" + name + ".json");
      String id = name.replace("-", "");
      for (Language language : Language.values()) {
        String pkg = language == Language.JAVA ? "corpus." + id : "corpus-" + name;
        generator.generateTo(
            document,
            language,
            new SdkOptions(pkg, null),
            root.resolve(language.id()).resolve(name));
      }
    }
  }

  static Stream<String> documents() {
    return DOCUMENTS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void java_sdk_compiles(String name) throws IOException {
    Path project = root.resolve("java").resolve(name);
    assertThat(project.resolve("pom.xml")).exists();
    assertThat(project.resolve("README.md")).exists();
    JavaCompilation.compile(
        project.resolve("src/main/java"), Files.createDirectories(project.resolve("classes")));
  }

  @Test
  void every_typescript_sdk_type_checks_in_one_tsc_run() throws Exception {
    Path ts = root.resolve("typescript");
    String first = DOCUMENTS.get(0);
    Files.writeString(
        ts.resolve("tsconfig.json"),
        """
        {
          "extends": "./%s/tsconfig.json",
          "compilerOptions": { "noEmit": true, "rootDir": "." },
          "include": ["*/src"]
        }
        """
            .formatted(first));
    Processes.Result tsc;
    try {
      tsc =
          Processes.run(
              ts,
              150,
              List.of("npx", "--yes", "-p", "typescript@5.6.3", "tsc", "-p", "tsconfig.json"));
    } catch (IOException noNpx) {
      tsc = new Processes.Result(-2, noNpx.toString());
    }
    Assumptions.assumeFalse(
        tsc.exitCode() < 0 || tsc.output().contains("ERR!"),
        "npx could not run typescript@5.6.3: " + tsc.output());
    assertThat(tsc.exitCode()).as("tsc output:%n%s", tsc.output()).isZero();
  }

  @Test
  void every_python_sdk_compiles_and_imports_in_one_process() throws Exception {
    Path py = root.resolve("python");
    List<String> imports = new ArrayList<>();
    for (String name : DOCUMENTS) {
      String pkg = name.replace('-', '_');
      imports.add("(" + TestText.py(py.resolve(name).toString()) + ", \"corpus_" + pkg + "\")");
    }
    String script =
        """
        import compileall, importlib, sys
        ok = compileall.compile_dir(%s, quiet=1)
        for path, package in [%s]:
            sys.path.insert(0, path)
            module = importlib.import_module(package)
            assert module.ApiException and module.ClientConfig and module.models
            sys.path.pop(0)
        print("ok" if ok else "compile failed")
        """
            .formatted(
                TestText.py(py.toString()), imports.stream().collect(Collectors.joining(", ")));
    Files.writeString(py.resolve("check.py"), script);
    Processes.Result result = Processes.run(py, 120, List.of("python3", "check.py"));
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(result.output().strip()).as(result.output()).endsWith("ok");
  }

  /** Python string literals for paths. */
  private static final class TestText {
    static String py(String text) {
      return "r\"" + text + "\"";
    }
  }
}
