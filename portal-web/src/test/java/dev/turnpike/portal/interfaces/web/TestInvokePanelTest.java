package dev.turnpike.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.portal.application.PortalException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TestInvokePanelTest {
  @Test
  void headers_are_read_one_per_line_with_blank_lines_skipped() {
    assertThat(
            TestInvokePanel.lines("headers", "Accept: application/json\n\nX-Trace:  a:b \n", ':'))
        .containsExactly(Map.entry("Accept", "application/json"), Map.entry("X-Trace", "a:b"));
  }

  @Test
  void a_line_without_separator_is_refused_with_its_number() {
    assertThatThrownBy(() -> TestInvokePanel.lines("stage variables", "a=1\nbroken", '='))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("line 2 is not 'name=value': broken");
  }
}
