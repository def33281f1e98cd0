package dev.turnpike.gateway.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.state.ParameterMapping.Source;
import dev.turnpike.gateway.state.ParameterMapping.Target;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterMappingTest {

  private static ParameterMapping parse(String to, String from) {
    return ParameterMapping.parse(to, from, Map.of("env", "test"));
  }

  @Test
  void reads_every_method_request_source() {
    assertThat(parse("integration.request.header.X-Id", "method.request.path.id"))
        .isEqualTo(new ParameterMapping(Target.HEADER, "X-Id", Source.PATH, "id"));
    assertThat(parse("integration.request.querystring.q", "method.request.querystring.search"))
        .isEqualTo(new ParameterMapping(Target.QUERYSTRING, "q", Source.QUERYSTRING, "search"));
    assertThat(parse("integration.request.path.p", "method.request.header.X-P"))
        .isEqualTo(new ParameterMapping(Target.PATH, "p", Source.HEADER, "X-P"));
    assertThat(parse("integration.request.header.T", "method.request.multivalueheader.T").source())
        .isEqualTo(Source.MULTIVALUEHEADER);
    assertThat(
            parse("integration.request.querystring.t", "method.request.multivaluequerystring.t")
                .source())
        .isEqualTo(Source.MULTIVALUEQUERYSTRING);
  }

  @Test
  void literals_and_stage_variables_resolve_once_context_names_are_kept() {
    assertThat(parse("integration.request.header.A", "'fixed value'"))
        .isEqualTo(new ParameterMapping(Target.HEADER, "A", Source.LITERAL, "fixed value"));
    assertThat(parse("integration.request.header.E", "stageVariables.env").key()).isEqualTo("test");
    assertThat(parse("integration.request.header.E", "stageVariables.none").key()).isNull();
    assertThat(parse("integration.request.header.S", "context.identity.sourceIp"))
        .isEqualTo(new ParameterMapping(Target.HEADER, "S", Source.CONTEXT, "identity.sourceIp"));
  }

  @Test
  void refuses_unknown_targets_and_sources_naming_the_fix() {
    assertThatThrownBy(() -> parse("integration.response.header.A", "'x'"))
        .hasMessageContaining("integration.request.header.NAME");
    assertThatThrownBy(() -> parse("integration.request.header.A", "method.request.cookie.a"))
        .hasMessageContaining("unknown source 'method.request.cookie.a'");
    assertThatThrownBy(() -> parse("integration.request.header.A", "context.secret"))
        .hasMessageContaining("unknown source");
    assertThatThrownBy(() -> parse("integration.request.header.A", "method.request.body.a"))
        .isInstanceOf(ParameterMapping.UnsupportedSourceException.class);
  }
}
