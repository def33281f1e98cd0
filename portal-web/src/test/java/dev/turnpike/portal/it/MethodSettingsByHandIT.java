package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * An API built entirely by hand over the management API, down to what the importer reads from
 * Amazon's extensions: a method request with a required query parameter, a body validator and a
 * model; an integration response mapping the backend's 404 to a 400 through a selection pattern and
 * a template; a gateway response override. Deployed and called on the bundled gateway, each shows
 * its behaviour. Bad input is refused naming the field, viewers and other tenants are refused, and
 * a stale If-Match is refused with 412.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MethodSettingsByHandIT {
  private static final String ORDER_MODEL =
      """
      {"name":"Order","schema":{"type":"object","required":["item"],
       "properties":{"item":{"type":"string"},"qty":{"type":"integer","minimum":1}}}}
      """;
  private static final String ORDERS_REQUEST =
      """
      {"httpMethod":"POST","resourcePath":"/orders",
       "parameters":[{"in":"query","name":"store","required":true},
                     {"in":"header","name":"x-trace","required":false}],
       "validator":"BODY_AND_PARAMS","requestModels":{"application/json":"Order"}}
      """;
  private static final String MISSING_RESPONSES =
      """
      {"httpMethod":"GET","resourcePath":"/missing",
       "methodResponses":[{"statusCode":"200"},{"statusCode":"400","headers":["X-Mapped"]}],
       "integrationResponses":[
         {"statusCode":"200"},
         {"selectionPattern":"4\\\\d\\\\d","statusCode":"400",
          "responseParameters":{"method.response.header.X-Mapped":"'yes'"},
          "responseTemplates":{"application/json":
            "{\\"error\\": \\"no such order\\", \\"request\\": \\"$context.requestId\\"}"}}]}
      """;

  private TestEnvironment env;
  private PetsBackend backend;
  private ManagementApi alice;
  private String tenantId;
  private String apiId;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    alice = new ManagementApi(env, "alice");
    tenantId = alice.newTenant("settings");
  }

  @AfterAll
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  private String api() {
    return "/tenants/" + tenantId + "/apis/" + apiId;
  }

  @Test
  @Order(1)
  void an_api_built_by_hand_validates_maps_errors_and_overrides_gateway_responses() {
    HttpResponse<String> created =
        alice.postJson("/tenants/" + tenantId + "/apis/blank", "{\"name\":\"Hand Orders\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    apiId = Http.json(created).get("id").asText();
    ok(alice.postJson(api() + "/methods", method("POST", "/orders", "/pets")), 201);
    ok(alice.postJson(api() + "/methods", method("GET", "/missing", "/nothing")), 201);

    HttpResponse<String> model = alice.postJson(api() + "/models", ORDER_MODEL);
    ok(model, 201);
    assertThat(model.headers().firstValue("ETag")).isPresent();
    HttpResponse<String> request = alice.putJson(api() + "/method/request", ORDERS_REQUEST);
    ok(request, 200);
    assertThat(Http.json(request).get("validator").asText()).isEqualTo("BODY_AND_PARAMS");
    ok(alice.putJson(api() + "/method/responses", MISSING_RESPONSES), 200);
    ok(
        alice.putJson(
            api() + "/gateway-responses/MISSING_AUTHENTICATION_TOKEN",
            """
            {"statusCode":403,"headers":{"X-Why":"no-route"},
             "templates":{"application/json":
               "{\\"hint\\": \\"see the docs\\", \\"was\\": \\"$context.error.message\\"}"}}
            """),
        200);

    // What was built reads back, and the document carries it for export.
    JsonNode read = Http.json(alice.get(api() + "/method/request?" + named("POST", "/orders")));
    assertThat(read.get("parameters").toString()).contains("store", "x-trace");
    assertThat(read.get("requestModels").get("application/json").asText()).isEqualTo("Order");
    JsonNode models = Http.json(alice.get(api() + "/models"));
    assertThat(models.get(0).get("usedBy").toString()).contains("POST /orders");
    String exported = alice.get(api() + "/export?flavour=aws&format=yaml").body();
    assertThat(exported).contains("Order:", "X-Mapped", "MISSING_AUTHENTICATION_TOKEN");

    HttpResponse<String> deployed = alice.postJson(api() + "/deployments", "{\"stage\":\"prod\"}");
    ok(deployed, 201);
    String invoke = Http.json(deployed).get("invokeUrl").asText();

    HttpResponse<String> good = post(invoke + "/orders?store=7", "{\"item\":\"tea\",\"qty\":2}");
    assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
    assertThat(good.body()).isEqualTo(PetsBackend.PETS);
    HttpResponse<String> noStore = post(invoke + "/orders", "{\"item\":\"tea\"}");
    assertThat(noStore.statusCode()).as(noStore.body()).isEqualTo(400);
    assertThat(noStore.body()).contains("Missing required request parameters", "store");
    HttpResponse<String> badBody = post(invoke + "/orders?store=7", "{\"qty\":0}");
    assertThat(badBody.statusCode()).as(badBody.body()).isEqualTo(400);
    assertThat(badBody.body()).contains("Invalid request body");

    HttpResponse<String> mapped = Http.get(invoke + "/missing");
    assertThat(mapped.statusCode()).as(mapped.body()).isEqualTo(400);
    assertThat(mapped.body()).contains("\"error\": \"no such order\"");
    assertThat(mapped.headers().firstValue("X-Mapped")).contains("yes");

    HttpResponse<String> noRoute = Http.get(invoke + "/nowhere");
    assertThat(noRoute.statusCode()).as(noRoute.body()).isEqualTo(403);
    assertThat(noRoute.body())
        .contains("\"hint\": \"see the docs\"", "Missing Authentication Token");
    assertThat(noRoute.headers().firstValue("X-Why")).contains("no-route");
  }

  @Test
  @Order(2)
  void bad_models_and_method_requests_are_refused_naming_the_field() {
    refused(
        alice.postJson(api() + "/models", "{\"name\":\"Bad\",\"schema\":{\"type\":5}}"),
        422,
        "schema");
    refused(
        alice.postJson(api() + "/models", "{\"name\":\"Bad\",\"schema\":\"text\"}"), 400, "schema");
    refused(
        alice.postJson(api() + "/models", "{\"name\":\"has space\",\"schema\":{}}"), 400, "name");
    refused(alice.postJson(api() + "/models", ORDER_MODEL), 409, "name");
    refused(
        alice.postJson(
            api() + "/models", "{\"name\":\"Ref\",\"schema\":{\"$ref\":\"#/definitions/Ghost\"}}"),
        422,
        "schema");
    refused(alice.delete(api() + "/models/Order"), 409, "POST /orders");

    refused(putRequest("\"validator\":\"SOMETIMES\""), 400, "validator");
    refused(
        putRequest("\"parameters\":[{\"in\":\"cookie\",\"name\":\"c\"}]"), 400, "parameters[0].in");
    refused(
        putRequest("\"parameters\":[{\"in\":\"path\",\"name\":\"id\",\"required\":true}]"),
        422,
        "parameters[0].name");
    refused(
        putRequest("\"requestModels\":{\"application/json\":\"Ghost\"}"),
        422,
        "requestModels.application/json");
    JsonNode unchanged =
        Http.json(alice.get(api() + "/method/request?" + named("POST", "/orders")));
    assertThat(unchanged.get("validator").asText()).isEqualTo("BODY_AND_PARAMS");
  }

  @Test
  @Order(3)
  void bad_responses_and_gateway_responses_are_refused_naming_the_field() {
    refused(
        putResponses("{\"statusCode\":\"400\",\"selectionPattern\":\"([\"}"),
        422,
        "integrationResponses[0].selectionPattern");
    refused(putResponses("{\"statusCode\":\"418\"}"), 422, "integrationResponses[0].statusCode");
    refused(
        putResponses(
            "{\"statusCode\":\"400\",\"responseParameters\":"
                + "{\"method.response.header.X-Other\":\"'no'\"}}"),
        422,
        "integrationResponses[0].responseParameters.method.response.header.X-Other");
    HttpResponse<String> template =
        putResponses(
            "{\"statusCode\":\"400\",\"responseTemplates\":"
                + "{\"application/json\":\"{\\n#if($x\\n}\"}}");
    refused(template, 422, "integrationResponses[0].responseTemplates.application/json");
    assertThat(Http.json(template).get("details").get(0).get("message").asText())
        .startsWith("line ");
    refused(
        alice.putJson(api() + "/gateway-responses/NOT_A_TYPE", "{\"statusCode\":400}"),
        400,
        "type");
    refused(
        alice.putJson(
            api() + "/gateway-responses/THROTTLED",
            "{\"templates\":{\"application/json\":\"#foreach(\"}}"),
        422,
        "templates.application/json");
    JsonNode kept = Http.json(alice.get(api() + "/method/responses?" + named("GET", "/missing")));
    assertThat(kept.get("integrationResponses")).hasSize(2);
  }

  @Test
  @Order(4)
  void viewers_read_but_cannot_change_and_other_tenants_see_nothing() {
    Members.add(tenantId, "bob@demo.turnpike.dev", "VIEWER");
    ManagementApi bob = new ManagementApi(env, "bob");
    assertThat(bob.get(api() + "/models").statusCode()).isEqualTo(200);
    HttpResponse<String> viewer = bob.putJson(api() + "/method/request", ORDERS_REQUEST);
    assertThat(viewer.statusCode()).as(viewer.body()).isEqualTo(403);
    assertThat(bob.delete(api() + "/gateway-responses/MISSING_AUTHENTICATION_TOKEN").statusCode())
        .isEqualTo(403);

    ManagementApi carol = new ManagementApi(env, "carol");
    assertThat(carol.get(api() + "/models").statusCode()).isIn(403, 404);
    assertThat(carol.get(api() + "/method/request?" + named("POST", "/orders")).statusCode())
        .isIn(403, 404);
    assertThat(carol.putJson(api() + "/method/responses", MISSING_RESPONSES).statusCode())
        .isIn(403, 404);
    assertThat(carol.delete(api() + "/models/Order").statusCode()).isIn(403, 404);
    assertThat(Http.json(alice.get(api() + "/models")).size()).isEqualTo(1);
  }

  @Test
  @Order(5)
  void a_stale_if_match_is_refused_with_412() {
    HttpResponse<String> read = alice.get(api() + "/gateway-responses");
    String etag = read.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> first =
        withIfMatch("PUT", api() + "/gateway-responses/DEFAULT_5XX", "{\"statusCode\":503}", etag);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
    HttpResponse<String> stale =
        withIfMatch("PUT", api() + "/method/request", ORDERS_REQUEST, etag);
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);

    // Import preview, then a change by someone else, then the import: refused, not overwritten.
    String document = alice.get(api() + "/export?format=yaml").body();
    HttpRequest preview =
        alice
            .request("/tenants/" + tenantId + "/apis/preview?replacing=" + apiId)
            .header("Content-Type", "application/yaml")
            .POST(HttpRequest.BodyPublishers.ofString(document))
            .build();
    HttpResponse<String> previewed = Http.send(preview);
    assertThat(previewed.statusCode()).as(previewed.body()).isEqualTo(200);
    String previewTag = previewed.headers().firstValue("ETag").orElseThrow();
    ok(alice.delete(api() + "/gateway-responses/DEFAULT_5XX"), 200);
    HttpResponse<String> staleImport =
        Http.send(
            alice
                .request(api())
                .header("Content-Type", "application/yaml")
                .header("If-Match", previewTag)
                .PUT(HttpRequest.BodyPublishers.ofString(document))
                .build());
    assertThat(staleImport.statusCode()).as(staleImport.body()).isEqualTo(412);
    String fresh = alice.get(api()).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> freshImport =
        Http.send(
            alice
                .request(api())
                .header("Content-Type", "application/yaml")
                .header("If-Match", fresh)
                .PUT(HttpRequest.BodyPublishers.ofString(document))
                .build());
    assertThat(freshImport.statusCode()).as(freshImport.body()).isEqualTo(200);
  }

  private HttpResponse<String> putRequest(String field) {
    return alice.putJson(
        api() + "/method/request",
        "{\"httpMethod\":\"POST\",\"resourcePath\":\"/orders\"," + field + "}");
  }

  private HttpResponse<String> putResponses(String integrationResponse) {
    return alice.putJson(
        api() + "/method/responses",
        "{\"httpMethod\":\"GET\",\"resourcePath\":\"/missing\",\"methodResponses\":"
            + "[{\"statusCode\":\"200\"},{\"statusCode\":\"400\",\"headers\":[\"X-Mapped\"]}],"
            + "\"integrationResponses\":["
            + integrationResponse
            + "]}");
  }

  private HttpResponse<String> withIfMatch(String method, String path, String body, String etag) {
    return Http.send(
        alice
            .request(path)
            .header("Content-Type", "application/json")
            .header("If-Match", etag)
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  private String method(String httpMethod, String path, String backendPath) {
    return """
        {"httpMethod":"%s","resourcePath":"%s",
         "integration":{"type":"HTTP","uri":"%s%s","httpMethod":"%s","timeoutMillis":5000}}
        """
        .formatted(httpMethod, path, backend.url(), backendPath, httpMethod);
  }

  private static HttpResponse<String> post(String url, String json) {
    return Http.send(
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private static void ok(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
  }

  private static void refused(HttpResponse<String> response, int status, String location) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    JsonNode error = Http.json(response);
    assertThat(error.get("message").asText()).isNotBlank();
    assertThat(error.get("details").toString()).as(response.body()).contains(location);
  }

  private static String named(String httpMethod, String path) {
    return "httpMethod="
        + httpMethod
        + "&resourcePath="
        + URLEncoder.encode(path, StandardCharsets.UTF_8);
  }
}
