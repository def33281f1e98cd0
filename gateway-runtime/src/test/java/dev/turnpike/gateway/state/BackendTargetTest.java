package dev.turnpike.gateway.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendTargetTest {

  private static final Map<String, String> VARIABLES =
      Map.of("host", "api.example.com:8443", "version", "v2", "mode", "fast", "url", "http://f:9");

  @Test
  void substitutes_stage_variables_in_host_path_and_query() {
    BackendTarget target =
        BackendTarget.resolve(
            "https://${stageVariables.host}/${stageVariables.version}/pets/{id}?m=${stageVariables.mode}",
            "prod",
            VARIABLES);

    assertThat(target.usable()).isTrue();
    assertThat(target.template()).isEqualTo("https://api.example.com:8443/v2/pets/{id}?m=fast");
  }

  @Test
  void a_whole_url_may_come_from_a_stage_variable() {
    assertThat(BackendTarget.resolve("${stageVariables.url}/run", "prod", VARIABLES).template())
        .isEqualTo("http://f:9/run");
  }

  @Test
  void an_undefined_variable_names_the_variable_and_the_stage() {
    BackendTarget target =
        BackendTarget.resolve("https://${stageVariables.missing}/x", "prod", VARIABLES);

    assertThat(target.usable()).isFalse();
    assertThat(target.problem()).contains("'missing'").contains("stage 'prod'");
  }

  @Test
  void refuses_values_that_are_not_url_safe_and_results_that_are_not_urls() {
    assertThat(
            BackendTarget.resolve("https://h/${stageVariables.p}", "s", Map.of("p", "a b"))
                .problem())
        .contains("'p'")
        .contains("not allowed");
    assertThat(BackendTarget.resolve("${stageVariables.v}/x", "s", Map.of("v", "ftp:")).problem())
        .contains("not an absolute http(s) URL")
        .contains("check stage variable(s) v");
  }

  @Test
  void a_lambda_arn_cannot_be_invoked_and_says_what_to_do() {
    BackendTarget target =
        BackendTarget.resolve(
            "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/f/invocations",
            "prod",
            Map.of());

    assertThat(target.usable()).isFalse();
    assertThat(target.problem()).contains("Lambda ARN").contains("http(s) URL");
  }
}
