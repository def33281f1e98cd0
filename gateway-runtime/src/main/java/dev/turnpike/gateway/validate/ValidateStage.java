package dev.turnpike.gateway.validate;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.function.Function;

/**
 * Checks a request against its method's validator, as Amazon's request validators do: missing
 * required parameters are refused 400 {@code Missing required request parameters: [a, b]}
 * (BAD_REQUEST_PARAMETERS), a body that does not match the model for its content type 400 {@code
 * Invalid request body} (BAD_REQUEST_BODY). A method without a validator passes untouched (its body
 * still streams); a checked body is read once and shared with the integration.
 */
public final class ValidateStage implements Stage {

  private final long maxBodyBytes;

  public ValidateStage(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public Future<StageResult> apply(RequestContext context) {
    RequestValidator validator = context.method().validator();
    if (validator == null) {
      return Future.succeededFuture(StageResult.NEXT);
    }
    HttpServerRequest request = context.request();
    List<String> missing = validator.missingParameters(location -> lookup(context, location));
    if (!missing.isEmpty()) {
      return Future.succeededFuture(
          StageResult.refuse(
              GatewayError.BAD_REQUEST_PARAMETERS.withMessage(
                  "Missing required request parameters: [" + String.join(", ", missing) + "]")));
    }
    String contentType = request.getHeader("Content-Type");
    if (!validator.checksBody(contentType)) {
      return Future.succeededFuture(StageResult.NEXT);
    }
    return context
        .body(maxBodyBytes)
        .map(
            body -> {
              if (body.tooLarge()) {
                return StageResult.refuse(GatewayError.REQUEST_TOO_LARGE);
              }
              List<String> problems = validator.bodyProblems(contentType, body.text());
              if (problems.isEmpty()) {
                return StageResult.NEXT;
              }
              context.failureNote("request body does not match the model: " + problems.get(0));
              return StageResult.refuse(GatewayError.BAD_REQUEST_BODY);
            });
  }

  private static Function<String, String> lookup(RequestContext context, String location) {
    HttpServerRequest request = context.request();
    return switch (location) {
      case "path" -> context.pathParameters()::get;
      case "querystring" -> name -> request.params().get(name);
      default -> request::getHeader;
    };
  }
}
