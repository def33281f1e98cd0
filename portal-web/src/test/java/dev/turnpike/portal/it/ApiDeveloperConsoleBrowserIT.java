package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;

/**
 * An API developer's day in the console (headless Chromium): import an API by upload with a
 * preview, re-import over it and see what changes, edit a mapping template (a syntax error is
 * refused with its line), test-invoke the draft and read the trace, deploy, and create a plan.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiDeveloperConsoleBrowserIT extends BrowserScenario {
  private String tenantId;
  private String tenantPage;

  @Test
  @Order(1)
  void an_upload_is_previewed_before_it_is_imported() throws IOException {
    ManagementApi alice = new ManagementApi(env, "alice");
    String slug = "dev-" + Long.toString(System.nanoTime(), 36);
    HttpResponse<String> tenant =
        alice.postJson("/tenants", "{\"displayName\":\"Acme Labs\",\"slug\":\"" + slug + "\"}");
    assertThat(tenant.statusCode()).as(tenant.body()).isEqualTo(201);
    tenantId = Http.json(tenant).get("id").asText();
    tenantPage = env.portal.url() + "/console/tenant.xhtml?t=" + tenantId;
    browser.open(tenantPage);
    browser.signIn("alice", Keycloak.DEMO_PASSWORD);
    browser.waitForText("Your tenants");
    browser.open(tenantPage);

    Path file = Files.createTempFile("pets", ".yaml");
    Files.writeString(file, backend.openApiDocument("Pets"));
    browser.upload(By.cssSelector("form#import input[type='file']"), file);
    browser.click(By.id("import:previewUpload"));
    browser.waitForText("Preview: Pets");
    String preview = browser.text(By.id("import-preview"));
    assertThat(preview)
        .contains("GET /pets")
        .contains("HTTP_PROXY · GET " + backend.url() + "/pets")
        .contains("GET /ping")
        .contains("MOCK · answered by the gateway")
        .contains("creates a new API");
    assertThat(alice.get("/tenants/" + tenantId + "/apis").body()).isEqualTo("[]");
    browser.show(By.id("import-preview"));
    browser.screenshot("20-import-preview");

    browser.click(By.id("importPreview:apply"));
    browser.waitForText("Imported 'Pets' with 2 method(s).");
    assertThat(browser.text(By.id("apis:apiTable"))).contains("GET /ping");
  }

  @Test
  @Order(2)
  void a_url_to_a_private_address_is_refused_and_errors_carry_their_pointer() {
    browser.type(By.id("import:url"), backend.url() + "/openapi.yaml");
    browser.click(By.id("import:previewUrl"));
    browser.waitForText("private or loopback address");

    browser.paste(
        By.id("import:document"),
        "openapi: 3.0.3\ninfo: {title: Broken, version: '1'}\npaths:\n  /x:\n    get:\n"
            + "      responses: {'200': {description: ok}}\n"
            + "      x-amazon-apigateway-integration: {type: telepathy}\n");
    browser.click(By.id("import:previewPasted"));
    browser.waitForText("The document has errors");
    assertThat(browser.text(By.id("preview-errors"))).contains("/paths/~1x/get");
    assertThat(browser.pageText()).doesNotContain("importPreview:apply");
    browser.show(By.id("import-preview"));
    browser.screenshot("21-import-errors");
  }

  @Test
  @Order(3)
  void re_importing_over_an_api_shows_what_changes() {
    String health =
        "  /health:\n"
            + "    get:\n"
            + "      responses:\n"
            + "        \"200\":\n"
            + "          description: ok\n"
            + "      x-amazon-apigateway-integration:\n"
            + "        type: mock\n"
            + "        requestTemplates:\n"
            + "          application/json: '{\"statusCode\": 200}'\n"
            + "        responses:\n"
            + "          default:\n"
            + "            statusCode: \"200\"\n";
    String changed =
        backend
            .openApiDocument("Pets")
            .replace("  /ping:", health + "  /ping:")
            .replace("'{\"message\": \"pong\"}'", "'{\"message\": \"pong!\"}'");
    browser.select(By.id("import:target"), "the new draft of Pets");
    browser.paste(By.id("import:document"), changed);
    browser.click(By.id("import:previewPasted"));
    browser.waitForText("replaces the draft of the chosen API");
    String diff = browser.text(By.id("preview-diff"));
    assertThat(diff).contains("+ added GET /health").contains("~ changed GET /ping");
    assertThat(diff).doesNotContain("GET /pets");
    browser.show(By.id("import-preview"));
    browser.screenshot("22-reimport-diff");

    browser.click(By.id("importPreview:apply"));
    browser.waitForText("Updated the draft of 'Pets' with 3 method(s).");
  }

  @Test
  @Order(4)
  void a_template_with_a_syntax_error_is_refused_with_its_line_and_a_good_one_is_saved() {
    browser.click(By.cssSelector(".api-link"));
    browser.waitForText("Mapping templates");
    browser.select(By.id("templates:methodKey"), "GET /ping · MOCK");
    browser.click(By.id("templates:open"));
    browser.waitForText("Integration response");
    setResponseTemplate("{\n  \"message\": \"pong\"\n#if($input.params('x')\n}");
    browser.click(By.id("templates:saveTemplates"));
    browser.waitForText("Fix the template and save again");
    assertThat(browser.pageText()).doesNotContain("Saved the templates");
    assertThat(browser.script("return document.querySelectorAll('.tp-error-line').length"))
        .isEqualTo(1L);
    browser.show(By.id("mapping-templates"));
    browser.screenshot("23-template-refused");

    setResponseTemplate("#set($n = 40 + 2)\n{\"message\": \"pong $n\"}");
    browser.click(By.id("templates:saveTemplates"));
    browser.waitForText("Saved the templates of GET /ping in the draft");
    browser.show(By.id("mapping-templates"));
    browser.screenshot("24-template-saved");
  }

  @Test
  @Order(5)
  void test_invoke_runs_the_draft_and_shows_every_step() {
    browser.select(By.id("invoke:method"), "GET");
    browser.type(By.id("invoke:path"), "/ping");
    browser.click(By.id("invoke:send"));
    assertThat(browser.text(By.id("invoke-status"))).isEqualTo("200");
    assertThat(browser.text(By.id("invoke-body"))).contains("pong 42");
    assertThat(browser.text(By.id("invoke-trace")))
        .contains("matched")
        .contains("authenticate")
        .contains("mock request template")
        .contains("method response");
    browser.show(By.id("invoke-result"));
    browser.screenshot("25-test-invoke");
  }

  @Test
  @Order(6)
  void deploying_serves_the_edited_template_and_a_plan_is_created() {
    browser.open(tenantPage);
    browser.click(By.cssSelector(".deploy-button"));
    browser.waitForText("Deployed to stage 'prod'");
    String invokeUrl = browser.text(By.cssSelector(".invoke-url"));
    HttpResponse<String> ping = Http.get(invokeUrl + "/ping");
    assertThat(ping.statusCode()).isEqualTo(200);
    assertThat(ping.body()).contains("pong 42");

    browser.type(By.id("plan:name"), "Starter");
    browser.type(By.id("plan:rate"), "5");
    browser.type(By.id("plan:burst"), "5");
    browser.type(By.id("plan:quota"), "100");
    browser.select(By.id("plan:period"), "day");
    browser.select(By.id("plan:api"), "Pets");
    browser.click(By.id("plan:createPlan"));
    browser.waitForText("Created usage plan 'Starter'.");
    browser.screenshot("26-deployed-and-plan");
  }

  /** The response template is the second CodeMirror editor on the page. */
  private void setResponseTemplate(String text) {
    browser.script(
        "document.querySelectorAll('#mapping-templates .CodeMirror')[1].CodeMirror.setValue(arguments[0]);",
        text);
  }
}
