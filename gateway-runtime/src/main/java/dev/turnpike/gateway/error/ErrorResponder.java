package dev.turnpike.gateway.error;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.CompiledGatewayResponse;
import dev.turnpike.gateway.transform.InputVariable;
import dev.turnpike.gateway.transform.TemplateException;
import dev.turnpike.gateway.transform.TemplateVariables;
import dev.turnpike.usageplans.limit.CounterStoreUnavailableException;
import io.vertx.core.http.HttpServerResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place that answers refusals and unexpected failures: a JSON body {@code {"message":
 * "..."}} with the error's status, unless the API customised that gateway response (status,
 * headers, template). Unexpected failures are logged with the request id and answered 500 {@code
 * Internal server error}, never with their details.
 */
public final class ErrorResponder {

  private static final Logger LOG = Logger.getLogger(ErrorResponder.class.getName());

  /** Answers an expected refusal. */
  public void refuse(RequestContext context, GatewayError error) {
    HttpServerResponse response = context.request().response();
    if (response.headWritten()) {
      response.reset();
      return;
    }
    Optional<CompiledGatewayResponse> custom =
        context.deployment() == null
            ? Optional.empty()
            : context.deployment().gatewayResponse(error.key(), error.defaultKey());
    int status = custom.map(CompiledGatewayResponse::statusCode).orElse(error.status());
    String body =
        custom
            .filter(c -> c.jsonTemplate() != null)
            .map(c -> render(context, c, error))
            .orElseGet(() -> messageBody(error.message()));
    custom.ifPresent(
        c ->
            c.headers()
                .forEach(
                    (name, mapping) -> {
                      String value = ResponseHeaderValues.resolve(mapping, context);
                      if (value != null) {
                        response.putHeader(name, value);
                      }
                    }));
    if (!context.request().isEnded()) {
      discardBody(context);
    }
    response.setStatusCode(status).putHeader("Content-Type", "application/json").end(body);
  }

  /**
   * Reads and drops a body nobody will use, so the client can read our answer; the connection is
   * closed afterwards since its state is no longer worth reusing.
   */
  private static void discardBody(RequestContext context) {
    HttpServerResponse response = context.request().response();
    response.putHeader("Connection", "close");
    context.request().handler(chunk -> {});
    context.request().exceptionHandler(e -> {});
    context.request().resume();
  }

  /**
   * Answers a failed pipeline. A {@link CounterStoreUnavailableException} (the counter store fails
   * closed) is expected and answered 503 {@code Service Unavailable}; anything else is unexpected:
   * logged in full, answered 500 without details.
   */
  public void fail(RequestContext context, Throwable cause) {
    if (rootOf(cause) instanceof CounterStoreUnavailableException) {
      LOG.log(
          Level.FINE,
          "Request {0} refused: the counter store is unavailable and the node fails closed",
          context.requestId());
      refuse(context, GatewayError.SERVICE_UNAVAILABLE);
      return;
    }
    TemplateException template = templateFailure(cause);
    if (template != null) {
      context.failureNote(template.getMessage().replace('"', '\''));
      LOG.log(
          Level.WARNING,
          "Request {0}: mapping template failed: {1}",
          new Object[] {context.requestId(), template.getMessage()});
      answer500(context);
      return;
    }
    LOG.log(
        Level.SEVERE,
        "Request "
            + context.requestId()
            + " ("
            + context.request().method()
            + " "
            + context.request().path()
            + ") failed unexpectedly",
        cause);
    answer500(context);
  }

  private void answer500(RequestContext context) {
    try {
      refuse(context, GatewayError.INTERNAL);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Request " + context.requestId() + ": cannot answer 500", e);
      context.request().response().reset();
    }
  }

  private static TemplateException templateFailure(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof TemplateException e) {
        return e;
      }
    }
    return null;
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /** The customised body; a template that fails falls back to {@code {"message"}}, logged. */
  private static String render(
      RequestContext context, CompiledGatewayResponse custom, GatewayError error) {
    try {
      return custom.jsonTemplate().render(variables(context, error));
    } catch (TemplateException e) {
      context.failureNote(e.getMessage().replace('"', '\''));
      LOG.log(
          Level.WARNING,
          "Request {0}: gateway response template failed, answered the default body: {1}",
          new Object[] {context.requestId(), e.getMessage()});
      return messageBody(error.message());
    }
  }

  /** {@code {"message":"text"}} with the text JSON-escaped. */
  public static String messageBody(String message) {
    return "{\"message\":" + quote(message) + "}";
  }

  private static TemplateVariables variables(RequestContext context, GatewayError error) {
    Map<String, Object> errorMap =
        Map.of(
            "message", error.message(),
            "messageString", quote(error.message()),
            "responseType", error.key());
    Map<String, Object> identity = new HashMap<>();
    identity.put("sourceIp", sourceIp(context));
    identity.put("userAgent", orEmpty(context.request().getHeader("User-Agent")));
    identity.put("apiKeyId", context.apiKey() == null ? "" : context.apiKey().keyId());
    Map<String, Object> contextMap = new HashMap<>();
    contextMap.put("requestId", context.requestId());
    contextMap.put("extendedRequestId", context.requestId());
    contextMap.put("apiId", context.apiId());
    contextMap.put("stage", context.stage());
    contextMap.put("accountId", context.deployment().tenantId());
    contextMap.put("httpMethod", context.request().method().name());
    contextMap.put("path", context.contextPath());
    contextMap.put(
        "resourcePath",
        context.method() == null ? "" : context.method().definition().resourcePath());
    contextMap.put("requestTime", TemplateVariables.requestTime(context.receivedAt()));
    contextMap.put("requestTimeEpoch", context.receivedAt().toEpochMilli());
    contextMap.put("identity", identity);
    contextMap.put("authorizer", Map.of());
    contextMap.put("error", errorMap);
    return new TemplateVariables(
        new InputVariable("", Map.of(), Map.of(), Map.of()),
        contextMap,
        context.deployment().deployment().stageVariables());
  }

  private static String sourceIp(RequestContext context) {
    return context.request().remoteAddress() == null
        ? ""
        : context.request().remoteAddress().hostAddress();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static String quote(String text) {
    return '"' + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + '"';
  }
}
