package dev.turnpike.portal.infrastructure.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.portal.application.PortalException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class DocumentFetcherTest {
  private final DocumentFetcher fetcher = new DocumentFetcher();

  @Test
  void private_loopback_and_link_local_addresses_are_private() throws Exception {
    for (String address :
        new String[] {
          "127.0.0.1",
          "10.1.2.3",
          "172.16.0.1",
          "192.168.1.1",
          "169.254.169.254",
          "0.0.0.0",
          "100.64.0.1",
          "::1",
          "fd00::1",
          "fe80::1"
        }) {
      assertThat(DocumentFetcher.isPrivate(InetAddress.getByName(address))).as(address).isTrue();
    }
  }

  @Test
  void public_addresses_are_not_private() throws Exception {
    for (String address : new String[] {"8.8.8.8", "151.101.1.1", "2606:4700::1111"}) {
      assertThat(DocumentFetcher.isPrivate(InetAddress.getByName(address))).as(address).isFalse();
    }
  }

  @Test
  void only_http_and_https_are_fetched() {
    assertThatThrownBy(() -> fetcher.fetch("file:///etc/passwd"))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("only http and https");
    assertThatThrownBy(() -> fetcher.fetch("ftp://example.com/x.yaml"))
        .hasMessageContaining("only http and https");
  }

  @Test
  void a_loopback_host_is_refused_before_any_request() {
    assertThatThrownBy(() -> fetcher.fetch("http://localhost:1/openapi.yaml"))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("private or loopback address")
        .hasMessageContaining("turnpike.import.allow-private-urls");
  }
}
