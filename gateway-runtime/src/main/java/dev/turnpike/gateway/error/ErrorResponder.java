package dev.turnpike.gateway.error;

import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.state.CompiledGatewayResponse;
import dev.turnpike.gateway.transform.InputVariable;
import dev.turnpike.gateway.transform.TemplateVariables;
import dev.turnpike.usageplans.limit.CounterStoreUnavailableException;
import io.vertx.core.http.HttpServerResponse;
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
            .map(c -> c.jsonTemplate().render(variables(context, error)))
            .orElseGet(() -> messageBody(error.message()));
    custom.ifPresent(c -> c.headers().forEach(response::putHeader));
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
    try {
      refuse(context, GatewayError.INTERNAL);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Request " + context.requestId() + ": cannot answer 500", e);
      context.request().response().reset();
    }
  }

  private static Throwable rootOf(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException)
        && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
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
    Map<String, Object> contextMap =
        Map.of(
            "requestId", context.requestId(),
            "apiId", context.apiId(),
            "stage", context.stage(),
            "error", errorMap);
    return new TemplateVariables(
        new InputVariable("", Map.of(), Map.of(), Map.of()),
        contextMap,
        context.deployment().deployment().stageVariables());
  }

  private static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
