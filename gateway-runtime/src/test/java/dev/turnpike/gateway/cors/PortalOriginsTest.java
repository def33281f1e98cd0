package dev.turnpike.gateway.cors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.gateway.config.NodeOptions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortalOriginsTest {

  @Test
  void keeps_urls_as_browsers_write_origins() {
    PortalOrigins origins =
        PortalOrigins.of(
            List.of(
                "http://localhost:8080/",
                "HTTPS://Developers.Example.com:443/portal/acme",
                " ",
                "http://10.0.0.5:80"));

    assertThat(origins.origins())
        .containsExactlyInAnyOrder(
            "http://localhost:8080", "https://developers.example.com", "http://10.0.0.5");
    assertThat(origins.contains("https://DEVELOPERS.example.com")).isTrue();
    assertThat(origins.contains("http://localhost:8081")).isFalse();
    assertThat(origins.contains(null)).isFalse();
    assertThat(PortalOrigins.parse(null).isEmpty()).isTrue();
  }

  @Test
  void refuses_what_is_not_an_http_url() {
    assertThatThrownBy(() -> PortalOrigins.parse("https://ok.example,ftp://files.example"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ftp://files.example' is not a URL such as https://");
  }

  @Test
  void the_node_option_takes_a_comma_separated_list_and_names_itself_when_wrong() {
    NodeOptions options =
        NodeOptions.parse(
            new String[] {"--api", "a.yaml", "--portal-origin", "https://a.example,http://b:8080"},
            Map.of());
    assertThat(options.portalOrigins().origins())
        .containsExactlyInAnyOrder("https://a.example", "http://b:8080");
    assertThat(
            NodeOptions.parse(
                    new String[] {"--api", "a.yaml"},
                    Map.of("TURNPIKE_GATEWAY_PORTAL_ORIGINS", "https://env.example"))
                .portalOrigins()
                .contains("https://env.example"))
        .isTrue();
    assertThatThrownBy(
            () ->
                NodeOptions.parse(
                    new String[] {"--api", "a.yaml", "--portal-origin", "portal"}, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--portal-origin (TURNPIKE_GATEWAY_PORTAL_ORIGINS)");
  }
}
