package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;

/**
 * The public developer portal at {@code /portal/{slug}}: an app developer, not signed in, finds a
 * published API in the tenant's catalog, reads its plans in words, opens the generated reference
 * docs and downloads the docs and SDKs. Another tenant's unpublished API shows nowhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DevPortalIT extends BrowserScenario {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void an_app_developer_browses_the_catalog_reads_an_api_and_downloads_docs_and_sdks() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "dp-" + Long.toString(System.nanoTime(), 36);
    Slice slice = Slice.create(alice, backend, slug);
    String tenant = "/tenants/" + slice.tenantId();
    assertThat(alice.patchJson(tenant, "{\"displayName\":\"Petstore Inc\"}").statusCode())
        .isEqualTo(200);
    assertThat(
            alice
                .putJson(
                    tenant + "/apis/" + slice.apiId() + "/stages/prod/publication",
                    """
                    {"description":"Adopt a pet through our API",
                     "documentation":"## Getting started\\nCall **GET /pets** with your key."}
                    """)
                .statusCode())
        .isEqualTo(200);
    String home = env.portal.url() + "/portal/" + slug;

    browser.viewport(1280, 1000);
    browser.open(home);
    browser.waitForText("Build with Petstore Inc");
    assertThat(browser.text(By.cssSelector(".dp-api"))).contains(slug, "prod", "Adopt a pet");
    browser.screenshot("20-portal-catalog-desktop");
    // The search runs on the server (a GET form), so it works without JavaScript.
    browser.type(By.id("api-search"), "weather");
    browser.click(By.id("search-button"));
    browser.waitForText("No API matches your search.");
    assertThat(browser.text(By.id("no-apis"))).startsWith("No API matches your search.");
    browser.type(By.id("api-search"), "adopt");
    browser.click(By.id("search-button"));
    browser.waitForText("1 of 1 APIs");
    assertThat(browser.text(By.cssSelector(".dp-api"))).contains(slug);

    browser.click(By.cssSelector(".dp-api"));
    browser.waitForText("Getting started");
    assertThat(browser.text(By.id("plans")))
        .contains("Gold", "50 requests/second (bursts of up to 50), 1,000 per day", "Instant key");
    assertThat(browser.text(By.id("invoke-url"))).isEqualTo(slice.invokeUrl());
    assertThat(browser.pageText()).contains("GET /pets", "Call GET /pets with your key.");
    browser.screenshot("21-portal-api-desktop");
    String apiPage = browser.currentUrl();

    browser.click(By.id("reference-docs"));
    browser.waitForText("Send your API key in the x-api-key header");
    assertThat(browser.currentUrl()).isEqualTo(apiPage + "/docs/");
    // The reference is the stage's: its server is the invoke URL the API page shows.
    assertThat(browser.pageText()).contains("GET /pets", "GET /ping", slice.invokeUrl());
    browser.screenshot("22-portal-reference-docs-desktop");
    // The site links relatively; its pages resolve below the portal's docs address.
    browser.click(By.partialLinkText("/pets"));
    browser.waitForText("The pets.");
    assertThat(browser.currentUrl()).startsWith(apiPage + "/docs/operations/");

    browser.viewport(390, 844);
    browser.open(home);
    browser.waitForText("Build with Petstore Inc");
    browser.screenshot("23-portal-catalog-phone");
    browser.open(apiPage);
    browser.waitForText("Getting started");
    browser.screenshot("24-portal-api-phone");
    browser.show(By.id("sdks"));
    browser.screenshot("25-portal-api-phone-sdks");
    browser.viewport(1280, 1000);

    assertThat(zipEntries(apiPage + "/docs.zip")).contains("index.html", "style.css");
    for (String language : List.of("java", "typescript", "python")) {
      byte[] first = bytes(apiPage + "/sdk/" + language + ".zip", 200);
      assertThat(entries(first)).as(language).isNotEmpty();
      // Generated once per deployment: a second download is the very same archive.
      assertThat(bytes(apiPage + "/sdk/" + language + ".zip", 200)).isEqualTo(first);
    }
    assertThat(text(apiPage + "/sdk/cobol.zip", 400)).contains("Unknown SDK language 'cobol'");
  }

  @Test
  void an_unpublished_api_and_an_unknown_portal_are_not_found() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "dp-hidden-" + Long.toString(System.nanoTime(), 36);
    Slice slice = Slice.create(alice, backend, slug);
    String home = env.portal.url() + "/portal/" + slug;

    browser.viewport(1280, 1000);
    browser.open(home);
    browser.waitForText("No APIs are published here yet.");
    browser.screenshot("26-portal-empty-catalog");
    String apiPage = home + "/apis/" + slice.apiId() + "/prod";
    assertThat(text(apiPage, 404)).doesNotContain(slice.apiId() + "\"");
    text(apiPage + "/docs/", 404);
    text(apiPage + "/sdk/java.zip", 404);
    text(env.portal.url() + "/portal/no-such-tenant-" + slug, 404);

    // Another tenant's published API is served under its own portal only.
    String otherSlug = "dp-other-" + Long.toString(System.nanoTime(), 36);
    Slice other = Slice.create(alice, backend, otherSlug);
    assertThat(
            alice
                .putJson(
                    "/tenants/"
                        + other.tenantId()
                        + "/apis/"
                        + other.apiId()
                        + "/stages/prod/publication",
                    "{\"description\":\"Pets of another tenant\"}")
                .statusCode())
        .isEqualTo(200);
    String otherPath = "/apis/" + other.apiId() + "/prod";
    assertThat(text(env.portal.url() + "/portal/" + otherSlug + otherPath, 200))
        .contains("Pets of another tenant");
    text(home + otherPath, 404);
    text(home + otherPath + "/sdk/python.zip", 404);
    assertThat(text(home, 200)).doesNotContain("Pets of another tenant");
  }

  private static byte[] bytes(String url, int status) {
    try {
      HttpResponse<byte[]> response =
          CLIENT.send(
              HttpRequest.newBuilder(URI.create(url)).GET().build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as(url).isEqualTo(status);
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String text(String url, int status) {
    return new String(bytes(url, status), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<String> zipEntries(String url) {
    return entries(bytes(url, 200));
  }

  private static List<String> entries(byte[] zip) {
    List<String> names = new ArrayList<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }
}
