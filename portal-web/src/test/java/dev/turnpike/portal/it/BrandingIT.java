package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * A tenant brands its developer portal (logo, colours) and tags its APIs; an app developer, not
 * signed in, searches the catalog and filters it by tag, in the REST catalog and in headless
 * Chromium. Bad logos are refused with their reason and change nothing; a VIEWER cannot change the
 * branding; another tenant's APIs never show up in a search.
 */
class BrandingIT extends BrowserScenario {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @Test
  void a_branded_portal_is_searched_and_filtered_by_tag() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "brand-" + Long.toString(System.nanoTime(), 36);
    Slice slice = Slice.create(alice, backend, slug);
    String tenant = "/tenants/" + slice.tenantId();
    String weatherApi = secondApi(alice, slice.tenantId(), "weather-" + slug);
    publish(alice, tenant, slice.apiId(), "Take card payments online", "[\"payments\",\"cards\"]");
    publish(alice, tenant, weatherApi, "Forecasts for any city", "[\"weather\",\"Open-Data\"]");
    Slice other =
        Slice.create(alice, backend, "brand-other-" + Long.toString(System.nanoTime(), 36));
    publish(
        alice,
        "/tenants/" + other.tenantId(),
        other.apiId(),
        "Payments of another tenant",
        "[\"payments\"]");

    JsonNode branded =
        Management.ok(
            alice.patchJson(
                tenant,
                "{\"displayName\":\"Acme Pay\",\"brandColor\":\"#0B7285\",\"accentColor\":\"#ffd43b\"}"),
            200);
    assertThat(branded.get("brandColor").asText()).isEqualTo("#0b7285");
    assertThat(branded.get("brandTextColor").asText()).isEqualTo("#ffffff");
    assertThat(branded.get("accentTextColor").asText()).isEqualTo("#16202c");
    Management.refused(alice.patchJson(tenant, "{\"brandColor\":\"teal\"}"), 400, "#rrggbb");

    byte[] png = image(64, 32, false);
    JsonNode withLogo = Management.ok(putLogo(alice, tenant, "image/png", png), 200);
    String logoUrl = withLogo.get("logoUrl").asText();
    assertThat(logoUrl).startsWith(env.portal.url() + "/portal/" + slug + "/logo?v=");
    HttpResponse<byte[]> logo = fetch(logoUrl, null);
    assertThat(logo.statusCode()).isEqualTo(200);
    assertThat(logo.body()).isEqualTo(png);
    assertThat(logo.headers().firstValue("Content-Type")).contains("image/png");
    assertThat(logo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(logo.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=");
    String etag = logo.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).as("a strong ETag").startsWith("\"");
    assertThat(fetch(logoUrl, etag).statusCode()).isEqualTo(304);

    refusedLogos(alice, tenant);
    assertThat(fetch(logoUrl, null).body()).as("refused uploads change nothing").isEqualTo(png);

    catalogOverRest(slug, slice.apiId(), weatherApi);
    portalInTheBrowser(slug);
  }

  @Test
  void tags_are_checked_and_a_viewer_cannot_change_the_branding() {
    ManagementApi alice = new ManagementApi(env, "alice");
    Slice slice = Slice.create(alice, backend, "brand-v-" + Long.toString(System.nanoTime(), 36));
    String tenant = "/tenants/" + slice.tenantId();
    String publication = tenant + "/apis/" + slice.apiId() + "/stages/prod/publication";
    JsonNode badTag =
        Management.refused(
            alice.putJson(publication, "{\"description\":\"x\",\"tags\":[\"ok\",\"two words\"]}"),
            400,
            "tags[1]");
    assertThat(badTag.get("details").get(0).get("location").asText()).isEqualTo("tags[1]");
    Management.refused(
        alice.putJson(
            publication,
            "{\"description\":\"x\",\"tags\":[\"a\",\"b\",\"c\",\"d\",\"e\",\"f\",\"g\",\"h\",\"i\",\"j\",\"k\"]}"),
        400,
        "at most 10");
    Management.refused(
        alice.putJson(publication, "{\"description\":\"x\",\"tags\":[\"" + "a".repeat(33) + "\"]}"),
        400,
        "limit is 32");
    JsonNode tagged =
        Management.ok(
            alice.putJson(publication, "{\"description\":\"x\",\"tags\":[\"Pets\",\"pets\"]}"),
            200);
    assertThat(tagged.get("tags").toString()).isEqualTo("[\"pets\"]");
    // Tags left out stay as they are.
    JsonNode kept = Management.ok(alice.putJson(publication, "{\"description\":\"y\"}"), 200);
    assertThat(kept.get("tags").toString()).isEqualTo("[\"pets\"]");

    Management.ok(putLogo(alice, tenant, "image/png", image(8, 8, false)), 200);
    Members.add(slice.tenantId(), "bob@demo.turnpike.dev", "VIEWER");
    ManagementApi bob = new ManagementApi(env, "bob");
    Management.refused(bob.patchJson(tenant, "{\"brandColor\":\"#000000\"}"), 403, "VIEWER");
    Management.refused(putLogo(bob, tenant, "image/png", image(8, 8, false)), 403, "VIEWER");
    Management.refused(bob.delete(tenant + "/logo"), 403, "VIEWER");
    JsonNode removed = Management.ok(alice.delete(tenant + "/logo"), 200);
    assertThat(removed.hasNonNull("logoUrl")).as(removed.toString()).isFalse();
    Management.refused(alice.delete(tenant + "/logo"), 404, "no logo");
  }

  @Test
  void an_admin_brands_the_portal_in_the_console_and_hears_about_weak_contrast() {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "brand-c-" + Long.toString(System.nanoTime(), 36);
    Slice slice = Slice.create(alice, backend, slug);
    publish(alice, "/tenants/" + slice.tenantId(), slice.apiId(), "Pets to adopt", "[\"pets\"]");
    browser.viewport(1280, 1000);
    String tenantPage = env.portal.url() + "/console/tenant.xhtml?t=" + slice.tenantId();
    browser.open(tenantPage);
    browser.signIn("alice", Keycloak.DEMO_PASSWORD);
    browser.waitForText("Your tenants"); // the sign-in lands on the console's home
    browser.open(tenantPage);
    browser.waitForText("Portal branding");
    assertThat(browser.text(By.id("no-logo"))).contains("initial");

    browser.type(By.id("colours:brandColor"), "#ffd43b");
    browser.click(By.id("colours:saveColours"));
    browser.waitForText("Saved the portal's colours.");
    assertThat(browser.text(By.id("brand-notes")))
        .contains(
            "Text on the brand colour #ffd43b is dark", "Links in #ffd43b", "below the 4.5:1");
    browser.type(By.id("colours:brandColor"), "nope");
    browser.click(By.id("colours:saveColours"));
    browser.waitForText("Invalid brandColor");

    Path dir = env.artifacts.resolve("branding");
    browser.upload(
        By.cssSelector("form#logo input[type='file']"),
        write(dir, "notes.png", "not an image".getBytes(StandardCharsets.UTF_8)));
    browser.click(By.id("logo:uploadLogo"));
    browser.waitForText("not a PNG, JPEG or WebP");
    browser.upload(
        By.cssSelector("form#logo input[type='file']"),
        write(dir, "logo.png", image(96, 48, false)));
    browser.click(By.id("logo:uploadLogo"));
    browser.waitForText("Uploaded the logo");
    assertThat(browser.script("return document.getElementById('console-logo').naturalWidth;"))
        .isEqualTo(96L);
    browser.show(By.id("branding-section"));
    browser.screenshot("97-brand-console");

    browser.open(env.portal.url() + "/portal/" + slug);
    browser.waitForText("Build with");
    assertThat(style(".dp-bar", "borderTopColor")).isEqualTo("rgb(255, 212, 59)");
    assertThat(style("#search-button", "color"))
        .as("dark text on a light brand colour")
        .isEqualTo("rgb(22, 32, 44)");
    browser.screenshot("98-brand-portal-light-colour");
  }

  private void refusedLogos(ManagementApi alice, String tenant) {
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    Management.refused(
        putLogo(alice, tenant, "image/svg+xml", svg.getBytes(StandardCharsets.UTF_8)), 415, "SVG");
    Management.refused(
        putLogo(alice, tenant, "image/png", "notes.txt, renamed".getBytes(StandardCharsets.UTF_8)),
        415,
        "not a PNG, JPEG or WebP");
    Management.refused(putLogo(alice, tenant, "image/png", image(420, 420, true)), 413, "256 KB");
    Management.refused(
        putLogo(alice, tenant, "image/png", image(2000, 10, false)), 400, "2000×10 pixels");
    // The logo is under the tenant's If-Match too.
    Management.refused(
        Http.send(
            alice
                .request(tenant + "/logo")
                .header("Content-Type", "image/png")
                .header("If-Match", "\"0\"")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(image(8, 8, false)))
                .build()),
        412,
        "If-Match");
  }

  private void catalogOverRest(String slug, String paymentsApi, String weatherApi) {
    String catalog = env.portal.url() + "/management/v1/catalog/" + slug;
    JsonNode all = Http.json(Http.get(catalog));
    assertThat(all.get("published").asInt()).isEqualTo(2);
    assertThat(all.get("brand").get("brandColor").asText()).isEqualTo("#0b7285");
    assertThat(tagCounts(all)).containsEntry("payments", 1).containsEntry("open-data", 1);
    assertThat(apiIds(Http.json(Http.get(catalog + "?q=CARD")))).containsExactly(paymentsApi);
    assertThat(apiIds(Http.json(Http.get(catalog + "?q=city%20forecasts"))))
        .containsExactly(weatherApi);
    assertThat(apiIds(Http.json(Http.get(catalog + "?tag=open-data")))).containsExactly(weatherApi);
    assertThat(apiIds(Http.json(Http.get(catalog + "?q=card&tag=weather")))).isEmpty();
    // The other tenant's "payments" API matches both words, but is not this tenant's.
    assertThat(apiIds(Http.json(Http.get(catalog + "?tag=payments")))).containsExactly(paymentsApi);
    assertThat(apiIds(Http.json(Http.get(catalog + "?q=another")))).isEmpty();
    HttpResponse<String> bad = Http.get(catalog + "?tag=no%20spaces");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).get("message").asText()).contains("Invalid tag");
  }

  private void portalInTheBrowser(String slug) {
    String home = env.portal.url() + "/portal/" + slug;
    browser.viewport(1280, 1000);
    browser.open(home);
    browser.waitForText("Build with Acme Pay");
    assertThat(
            browser.script(
                "var i = document.getElementById('portal-logo');"
                    + " return i.complete && i.naturalWidth === 64;"))
        .as("the logo shows in the header")
        .isEqualTo(true);
    assertThat(style("#search-button", "backgroundColor")).isEqualTo("rgb(11, 114, 133)");
    assertThat(style("#search-button", "color")).isEqualTo("rgb(255, 255, 255)");
    assertThat(style(".dp-tag", "backgroundColor")).isEqualTo("rgb(255, 212, 59)");
    assertThat(style(".dp-bar", "borderTopColor")).isEqualTo("rgb(11, 114, 133)");
    assertThat(cards()).isEqualTo(2);
    browser.screenshot("90-brand-portal-desktop");

    browser.type(By.id("api-search"), "card");
    browser.click(By.id("search-button"));
    browser.waitForText("1 of 2 APIs");
    assertThat(browser.currentUrl()).isEqualTo(home + "?q=card");
    assertThat(cards()).isEqualTo(1);
    assertThat(browser.text(By.cssSelector(".dp-api"))).contains("Take card payments", "cards");
    browser.screenshot("91-brand-portal-search");

    browser.open(home);
    browser.click(By.cssSelector("#tag-filter a[data-tag='open-data']"));
    browser.waitForText("tagged “open-data”");
    assertThat(browser.currentUrl()).isEqualTo(home + "?tag=open-data");
    assertThat(browser.text(By.cssSelector(".dp-api"))).contains("Forecasts for any city");
    assertThat(browser.text(By.cssSelector(".dp-chip-on"))).startsWith("open-data");
    browser.screenshot("92-brand-portal-tag-filter");

    browser.open(home + "?q=card&tag=weather");
    browser.waitForText("No API matches your search");
    assertThat(browser.text(By.id("no-apis"))).contains("with the tag “weather”");
    browser.screenshot("93-brand-portal-no-match");
    browser.click(By.id("clear-filters"));
    browser.waitForText("Forecasts for any city");
    assertThat(cards()).isEqualTo(2);
    browser.open(home + "?q=another");
    browser.waitForText("No API matches your search");

    browser.viewport(390, 844);
    browser.open(home);
    browser.waitForText("Build with Acme Pay");
    browser.screenshot("94-brand-portal-phone");
    browser.open(home + "?tag=payments");
    browser.waitForText("tagged “payments”");
    browser.screenshot("95-brand-portal-phone-filtered");
    browser.click(By.cssSelector(".dp-api"));
    browser.waitForText("Take card payments online");
    assertThat(browser.text(By.id("api-tags"))).contains("payments", "cards");
    browser.screenshot("96-brand-api-page-phone");
    browser.viewport(1280, 1000);
  }

  private String style(String selector, String property) {
    return (String)
        browser.script(
            "return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];",
            selector,
            property);
  }

  private long cards() {
    return (Long) browser.script("return document.querySelectorAll('.dp-api').length;");
  }

  private static java.util.Map<String, Integer> tagCounts(JsonNode catalog) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    catalog.get("tags").forEach(t -> counts.put(t.get("tag").asText(), t.get("count").asInt()));
    return counts;
  }

  private static List<String> apiIds(JsonNode catalog) {
    List<String> ids = new ArrayList<>();
    catalog.get("apis").forEach(a -> ids.add(a.get("apiId").asText()));
    return ids;
  }

  private static void publish(
      ManagementApi api, String tenant, String apiId, String description, String tags) {
    Management.ok(
        api.putJson(
            tenant + "/apis/" + apiId + "/stages/prod/publication",
            "{\"description\":\"" + description + "\",\"tags\":" + tags + "}"),
        200);
  }

  private String secondApi(ManagementApi api, String tenantId, String name) {
    JsonNode imported =
        Management.ok(
            api.post(
                "/tenants/" + tenantId + "/apis",
                "application/yaml",
                backend.openApiDocument(name)),
            201);
    String apiId = imported.get("id").asText();
    Management.ok(
        api.postJson(
            "/tenants/" + tenantId + "/apis/" + apiId + "/deployments", "{\"stage\":\"prod\"}"),
        201);
    return apiId;
  }

  private static HttpResponse<String> putLogo(
      ManagementApi api, String tenant, String contentType, byte[] body) {
    return Http.send(
        api.request(tenant + "/logo")
            .header("Content-Type", contentType)
            .PUT(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  private static HttpResponse<byte[]> fetch(String url, String ifNoneMatch) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
    if (ifNoneMatch != null) {
      request.header("If-None-Match", ifNoneMatch);
    }
    try {
      return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A real PNG from the JDK's encoder; noise makes it incompressible, so large. */
  static byte[] image(int width, int height, boolean noise) {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(11);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        picture.setRGB(x, y, noise ? random.nextInt() : (x < width / 2 ? 0x0b7285 : 0xffd43b));
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(picture, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Path write(Path dir, String name, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      return Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
