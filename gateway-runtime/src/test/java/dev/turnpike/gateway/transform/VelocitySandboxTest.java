package dev.turnpike.gateway.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VelocitySandboxTest {

  private final TemplateEngine engine = new TemplateEngine();

  private String render(String template, String body) {
    InputVariable input =
        new InputVariable(body, Map.of("id", "7"), Map.of("q", "cats"), Map.of("X-Trace", "t1"));
    Map<String, Object> context =
        Map.of("requestId", "r-1", "stage", "prod", "identity", Map.of("sourceIp", "10.1.2.3"));
    return engine
        .compile("test template", template)
        .render(new TemplateVariables(input, context, Map.of("color", "blue")));
  }

  @Test
  void cannot_reach_runtime_through_reflection() {
    Path marker =
        Path.of(
            System.getProperty("java.io.tmpdir"),
            "turnpike-pwned-" + ProcessHandle.current().pid());
    String out =
        render(
            "$input.class.forName('java.lang.Runtime')"
                + "#set($rt = $input.class.forName('java.lang.Runtime').getRuntime())"
                + "$rt.exec('touch "
                + marker
                + "')"
                + "$input.getClass().getClassLoader()",
            "");
    assertThat(out)
        .doesNotContain("java.lang.Runtime@")
        .doesNotContain("Process")
        .doesNotContain("ClassLoader@");
    assertThat(Files.exists(marker)).isFalse();
  }

  @Test
  void cannot_include_files() {
    assertThat(
            org.assertj.core.api.Assertions.catchThrowable(
                () -> render("#include('/etc/passwd')", "")))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("test template");
  }

  @Test
  void provides_input_context_stage_variables_and_util() {
    String out =
        render(
            "$input.json('$.pet.name')|$input.path('$.pet.tags[1]')|$input.params('id')"
                + "|$input.params('q')|$input.params('x-trace')|$context.requestId"
                + "|$context.identity.sourceIp|$stageVariables.color"
                + "|$util.escapeJavaScript('a\"b')|$util.urlEncode('a b&c')|$util.urlDecode('a%20b')"
                + "|$util.base64Encode('hi')|$util.base64Decode('aGk=')|$input.params().path.id",
            "{\"pet\":{\"name\":\"Rex\",\"tags\":[\"a\",\"b\"]}}");
    assertThat(out).isEqualTo("\"Rex\"|b|7|cats|t1|r-1|10.1.2.3|blue|a\\\"b|a+b%26c|a b|aGk=|hi|7");
  }

  @Test
  void bounds_loops() {
    String out = render("#foreach($i in [1..20000])x#end", "");
    assertThat(out.length()).isEqualTo(TemplateEngine.MAX_LOOPS);
  }

  @Test
  void compile_errors_name_the_template_and_line() {
    assertThatThrownBy(() -> engine.compile("GET /pets request template", "ok\n#if($a"))
        .isInstanceOf(TemplateException.class)
        .hasMessageContaining("GET /pets request template, line 2");
  }
}
