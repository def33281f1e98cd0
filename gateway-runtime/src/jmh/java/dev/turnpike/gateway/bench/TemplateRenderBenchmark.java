package dev.turnpike.gateway.bench;

import dev.turnpike.gateway.transform.CompiledTemplate;
import dev.turnpike.gateway.transform.InputVariable;
import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.gateway.transform.TemplateVariables;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One rendering of a mapping template compiled once, as the gateway renders it per request: a
 * fresh {@code $input} (so the body is parsed each time, as for a new request), {@code $context}
 * and {@code $stageVariables}. {@code petstoreRequest} is a PetStore-like request template
 * ({@code $input.path}, {@code $input.json}, {@code $input.params}, {@code $context}, {@code
 * $util.escapeJavaScript}), the same one {@code bench/run}'s template scenario serves; {@code
 * smallResponse} the small response template of that scenario; {@code staticText} a template with
 * no references (the fixed cost of a rendering).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TemplateRenderBenchmark {

  static final String REQUEST_TEMPLATE =
      """
      #set($pet = $input.path('$'))
      {
        "name": "$util.escapeJavaScript($pet.name)",
        "type": $input.json('$.type'),
        "price": $input.json('$.price'),
        "limit": "$util.escapeJavaScript($input.params('limit'))",
        "requestId": "$context.requestId",
        "stage": "$context.stage",
        "sourceIp": "$context.identity.sourceIp"
      }
      """;

  static final String RESPONSE_TEMPLATE =
      """
      #set($answer = $input.path('$'))
      {"ok": $answer.ok, "requestId": "$context.requestId"}
      """;

  static final String REQUEST_BODY = "{\"name\":\"Rex \\\"the dog\\\"\",\"type\":\"dog\",\"price\":249.99}";
  static final String RESPONSE_BODY = "{\"ok\":true}";

  private CompiledTemplate request;
  private CompiledTemplate response;
  private CompiledTemplate fixed;
  private Map<String, Object> context;
  private final Map<String, String> query = Map.of("limit", "10");
  private final Map<String, String> headers =
      Map.of("Content-Type", "application/json", "x-api-key", "tpk_benchkey.0123", "Host", "gw");

  @Setup
  public void compile() {
    TemplateEngine engine = new TemplateEngine();
    request = engine.compile("POST /pets request template for 'application/json'", REQUEST_TEMPLATE);
    response = engine.compile("POST /pets response template for 'application/json'", RESPONSE_TEMPLATE);
    fixed = engine.compile("static", "{\"fixed\": true}");
    context = context();
  }

  @Benchmark
  public String petstoreRequest() {
    return request.render(variables(REQUEST_BODY));
  }

  @Benchmark
  public String smallResponse() {
    return response.render(variables(RESPONSE_BODY));
  }

  @Benchmark
  public String staticText() {
    return fixed.render(variables(REQUEST_BODY));
  }

  private TemplateVariables variables(String body) {
    return new TemplateVariables(
        new InputVariable(body, Map.of(), query, headers), context, Map.of("color", "blue"));
  }

  /** The {@code $context} the gateway builds for a request (see MappingVariables). */
  private static Map<String, Object> context() {
    Map<String, Object> identity = new HashMap<>();
    identity.put("sourceIp", "127.0.0.1");
    identity.put("apiKey", "tpk_benchkey.0123");
    identity.put("apiKeyId", "bench-key");
    identity.put("userAgent", "wrk");
    Map<String, Object> map = new HashMap<>();
    map.put("requestId", "5d2e3c1a-2b7f-4c4e-9d6a-0e8f7a6b5c4d");
    map.put("extendedRequestId", "5d2e3c1a-2b7f-4c4e-9d6a-0e8f7a6b5c4d");
    map.put("resourceId", "abc123");
    map.put("accountId", "bench");
    map.put("requestTime", TemplateVariables.requestTime(Instant.now()));
    map.put("protocol", "HTTP/1.1");
    map.put("domainName", "gw");
    map.put("authorizer", new HashMap<String, Object>());
    map.put("error", new HashMap<String, Object>());
    map.put("httpMethod", "POST");
    map.put("resourcePath", "/pets");
    map.put("path", "/bench/prod/pets");
    map.put("stage", "prod");
    map.put("apiId", "bench");
    map.put("deploymentId", "bench-1");
    map.put("requestTimeEpoch", System.currentTimeMillis());
    map.put("identity", identity);
    return map;
  }
}
