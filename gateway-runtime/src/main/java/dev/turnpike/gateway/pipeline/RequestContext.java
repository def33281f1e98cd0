package dev.turnpike.gateway.pipeline;

import dev.turnpike.gateway.state.CompiledDeployment;
import dev.turnpike.gateway.state.CompiledMethod;
import dev.turnpike.gateway.state.GatewayState;
import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.plan.UsagePlan;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline knows about one request, filled in stage by stage. Confined to the request's
 * event loop, so plain fields suffice. {@code state} is the snapshot the request started with.
 */
public final class RequestContext {

  private final String requestId;
  private final HttpServerRequest request;
  private final GatewayState state;
  private final Instant receivedAt;
  private final long startNanos = System.nanoTime();

  private String apiId = "-";
  private String stage = "-";
  private String stagePath = "/";
  private CompiledDeployment deployment;
  private CompiledMethod method;
  private Map<String, String> pathParameters = Map.of();
  private String apiKeyValue;
  private ApiKeyRecord apiKey;
  private UsagePlan plan;
  private String failureNote;
  private Future<BodyReader.Body> body;
  private Trace trace = Trace.OFF;
  private List<Runnable> beforeHeaders;

  public RequestContext(
      String requestId, HttpServerRequest request, GatewayState state, Instant receivedAt) {
    this.requestId = requestId;
    this.request = request;
    this.state = state;
    this.receivedAt = receivedAt;
  }

  /**
   * Runs {@code hook} just before the response's headers are written, whoever writes them (an
   * integration, a refusal, a stage that answers itself), so it can still set headers. Hooks run
   * last-registered first: a stage early in the pipeline sees what later stages added.
   */
  public void beforeHeaders(Runnable hook) {
    if (beforeHeaders == null) {
      beforeHeaders = new ArrayList<>();
      request
          .response()
          .headersEndHandler(
              v -> {
                for (int i = beforeHeaders.size() - 1; i >= 0; i--) {
                  beforeHeaders.get(i).run();
                }
              });
    }
    beforeHeaders.add(hook);
  }

  /** The request's trace ({@link Trace#OFF} unless this is a test invocation). */
  public Trace trace() {
    return trace;
  }

  public void trace(Trace trace) {
    this.trace = trace == null ? Trace.OFF : trace;
  }

  public String requestId() {
    return requestId;
  }

  public HttpServerRequest request() {
    return request;
  }

  public GatewayState state() {
    return state;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public long elapsedMillis() {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  public long elapsedMicros() {
    return (System.nanoTime() - startNanos) / 1_000;
  }

  /** Sets where the URL points: {@code /{apiId}/{stage}{stagePath}}. */
  public void target(String apiId, String stage, String stagePath) {
    this.apiId = apiId;
    this.stage = stage;
    this.stagePath = stagePath;
  }

  public String apiId() {
    return apiId;
  }

  public String stage() {
    return stage;
  }

  /**
   * Amazon's {@code $context.path}: {@code /{stage}/resource/path}, the path as the client would
   * call it on Amazon's default endpoint (ours carries the API id in front).
   */
  public String contextPath() {
    return "/" + stage + ("/".equals(stagePath) ? "" : stagePath);
  }

  /** The raw (still encoded) path after the stage, starting with '/'. */
  public String stagePath() {
    return stagePath;
  }

  /**
   * The URL names a deployment (its gateway responses apply from here on), though no method may
   * match yet.
   */
  public void deploymentFound(CompiledDeployment deployment) {
    this.deployment = deployment;
  }

  public void matched(
      CompiledDeployment deployment, CompiledMethod method, Map<String, String> pathParameters) {
    this.deployment = deployment;
    this.method = method;
    this.pathParameters = Map.copyOf(pathParameters);
  }

  /** The deployment, once the URL names one (null before and for unknown APIs or stages). */
  public CompiledDeployment deployment() {
    return deployment;
  }

  /** The method, once the route is matched (null before). */
  public CompiledMethod method() {
    return method;
  }

  public Map<String, String> pathParameters() {
    return pathParameters;
  }

  public void authenticated(String apiKeyValue, ApiKeyRecord apiKey, UsagePlan plan) {
    this.apiKeyValue = apiKeyValue;
    this.apiKey = apiKey;
    this.plan = plan;
  }

  /** The plaintext key the client sent, when it was accepted; null otherwise. */
  public String apiKeyValue() {
    return apiKeyValue;
  }

  /** The accepted key (null when the method needs none or none was sent). */
  public ApiKeyRecord apiKey() {
    return apiKey;
  }

  /**
   * The request body read into memory up to {@code maxBytes}, read once: the validation stage and
   * the integration share it. Once read, the body can no longer be streamed.
   */
  public Future<BodyReader.Body> body(long maxBytes) {
    if (body == null) {
      body = BodyReader.read(request, maxBytes);
    }
    return body;
  }

  /** True when a stage has read the body already (see {@link #body}). */
  public boolean bodyRead() {
    return body != null;
  }

  /** Records why the request failed, for the access log (never secrets or bodies). */
  public void failureNote(String note) {
    this.failureNote = note;
  }

  /** Why the request failed, or null. */
  public String failureNote() {
    return failureNote;
  }

  /** The usage plan of the accepted key that covers this API stage (null without a key). */
  public UsagePlan plan() {
    return plan;
  }
}
