package dev.turnpike.portal.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The portal WAR on Payara Micro through Arquillian, with the embedded defaults of the one-machine
 * setup: H2 in memory, the demo tenant seeded, the bundled gateway. No Keycloak is needed for what
 * this checks.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmbeddedDefaultsIT {
  static final String SYNC_TOKEN = "embedded-sync-token";

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @ArquillianResource URL base;

  @Deployment(testable = false)
  static WebArchive portal() {
    return ShrinkWrap.createFromZipFile(
        WebArchive.class, new File(System.getProperty("turnpike.it.war")));
  }

  @Test
  void is_ready_on_embedded_h2_with_the_bundled_gateway() throws Exception {
    // Health lives at the server's root, beside the application's own context.
    HttpResponse<String> ready = get("/health/ready", null);
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body())
        .contains("\"bundledGateway\":\"true\"")
        .contains("\"database\":\"true\"");
  }

  @Test
  void seeds_the_demo_tenant_into_the_gateway_snapshot_without_any_key_in_clear() throws Exception {
    HttpResponse<String> snapshot = get("internal/v1/gateway-snapshot", "Bearer " + SYNC_TOKEN);
    assertThat(snapshot.statusCode()).isEqualTo(200);
    assertThat(snapshot.body()).contains("Demo Echo API").contains("\"prefix\":\"tpk_");
    assertThat(snapshot.body()).doesNotContainPattern("tpk_[a-z0-9]{8}\\.[A-Za-z0-9]{40}");
  }

  @Test
  void the_management_api_refuses_a_call_without_a_token_in_json() throws Exception {
    HttpResponse<String> response = get("management/v1/tenants", null);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("Content-Type").orElse(""))
        .contains("application/json");
    assertThat(response.body()).contains("\"message\":").contains("Authorization: Bearer");
  }

  private HttpResponse<String> get(String path, String authorization) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.toURI().resolve(path)).timeout(Duration.ofSeconds(30));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
