package dev.turnpike.gateway.testinvoke;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Deployment;
import dev.turnpike.gateway.definition.GatewaySnapshot;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.pipeline.Trace;
import dev.turnpike.gateway.pipeline.TraceRegistry;
import dev.turnpike.gateway.server.GatewayConfig;
import dev.turnpike.gateway.server.GatewayServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs requests against draft APIs on a private node bound to loopback, with every request traced.
 * One invocation at a time (each swaps in its own one-API snapshot); as in API Gateway's console,
 * API keys and throttles are not applied. Integration timeouts still apply, capped at {@link
 * #MAX_WAIT}.
 */
public final class TestInvoker implements AutoCloseable {
  static final String API_ID = "test-invoke";
  static final String STAGE = "test";
  static final Duration MAX_WAIT = Duration.ofSeconds(35);

  private final GatewayServer server;
  private final TraceRegistry traces;
  private final AtomicLong version = new AtomicLong();
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private TestInvoker(GatewayServer server, TraceRegistry traces) {
    this.server = server;
    this.traces = traces;
  }

  /** Starts the private node (blocking, a second or so); never on an event loop. */
  public static TestInvoker start(byte[] keyHashSecret) {
    TraceRegistry traces = new TraceRegistry();
    GatewayServer server =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(keyHashSecret)
                .traces(traces)
                .build());
    return new TestInvoker(server, traces);
  }

  /**
   * Sends {@code request} to {@code draft} with the given stage variables. A draft the gateway
   * cannot compile throws IllegalArgumentException with the reason.
   */
  public synchronized TestResult invoke(
      ApiDefinition draft, Map<String, String> stageVariables, TestRequest request) {
    long v = version.incrementAndGet();
    try {
      server.apply(
          new GatewaySnapshot(
              v,
              List.of(
                  new Deployment(
                      "test-invoke",
                      API_ID,
                      STAGE,
                      "draft-" + v,
                      withoutKeys(draft),
                      stageVariables,
                      null,
                      Map.of(),
                      false)),
              List.of(),
              List.of(),
              Map.of()));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the draft cannot be served: " + e.getMessage(), e);
    }
    long start = System.nanoTime();
    HttpResponse<String> response = send(request);
    long latency = (System.nanoTime() - start) / 1_000_000;
    List<Trace.Step> steps = new ArrayList<>();
    steps.add(
        new Trace.Step(
            0,
            "test invoke",
            "API keys, authorizers and throttles are not applied, as in the console of API Gateway"));
    response
        .headers()
        .firstValue("x-amzn-RequestId")
        .flatMap(id -> traces.collect(id, Duration.ofSeconds(2)))
        .ifPresent(trace -> steps.addAll(trace.steps()));
    return new TestResult(
        response.statusCode(), response.headers().map(), response.body(), latency, steps);
  }

  private HttpResponse<String> send(TestRequest request) {
    String url =
        "http://127.0.0.1:"
            + server.port()
            + "/"
            + API_ID
            + "/"
            + STAGE
            + request.path()
            + (request.query().isEmpty() ? "" : "?" + request.query());
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(URI.create(url)).timeout(MAX_WAIT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "path or query is not a valid URL part: " + e.getMessage());
    }
    request.headers().forEach(builder::header);
    builder.method(
        request.method(),
        request.body().isEmpty()
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(request.body()));
    try {
      return http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      traces.clear();
      throw new IllegalStateException("the test request did not complete: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** The draft with no method needing an API key (test invoke does not authenticate). */
  static ApiDefinition withoutKeys(ApiDefinition draft) {
    List<MethodDefinition> open =
        draft.methods().stream()
            .map(
                m ->
                    new MethodDefinition(
                        m.httpMethod(),
                        m.resourcePath(),
                        false,
                        m.operationName(),
                        m.integration(),
                        m.requestValidation()))
            .toList();
    return draft.withMethods(open);
  }

  @Override
  public void close() {
    server.close();
  }
}
