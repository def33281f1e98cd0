package dev.turnpike.portal.interfaces.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.portal.application.MappingTemplateService.MethodTemplates;
import dev.turnpike.portal.interfaces.web.MethodsPanel.Resource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MethodsPanelTest {
  private static MethodTemplates method(String httpMethod, String path) {
    return new MethodTemplates(httpMethod, path, "MOCK", Map.of(), Map.of());
  }

  @Test
  void the_tree_holds_every_resource_from_the_root_with_its_methods_in_path_order() {
    List<Resource> tree =
        MethodsPanel.treeOf(
            List.of(
                method("GET", "/pets/{id}"),
                method("DELETE", "/pets/{id}"),
                method("GET", "/"),
                method("ANY", "/store/{proxy+}")));

    assertThat(tree)
        .extracting(Resource::path)
        .containsExactly("/", "/pets", "/pets/{id}", "/store", "/store/{proxy+}");
    assertThat(tree).extracting(Resource::depth).containsExactly(0, 1, 2, 1, 2);
    assertThat(tree.get(2).name()).isEqualTo("/{id}");
    assertThat(tree.get(2).methods())
        .extracting(MethodTemplates::httpMethod)
        .containsExactly("GET", "DELETE");
    assertThat(tree.get(1).methods()).isEmpty();
    assertThat(tree.get(0).methods())
        .extracting(MethodTemplates::httpMethod)
        .containsExactly("GET");
  }
}
