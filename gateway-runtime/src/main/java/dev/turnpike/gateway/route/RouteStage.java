package dev.turnpike.gateway.route;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.state.CompiledDeployment;
import dev.turnpike.gateway.state.CompiledMethod;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * Matches {@code /{apiId}/{stage}/{resource path}} to a deployment and a method. Anything unknown
 * (API, stage, path or method) is refused 403 {@code Missing Authentication Token}, as Amazon's
 * REST APIs do, so a caller cannot tell what exists.
 */
public final class RouteStage implements Stage {

  @Override
  public Future<StageResult> apply(RequestContext context) {
    Optional<CompiledDeployment> deployment =
        context.deployment() != null ? Optional.of(context.deployment()) : locate(context);
    if (deployment.isEmpty()) {
      return refuse();
    }
    String stagePath = context.stagePath();
    Optional<RouteMatch<CompiledMethod>> match =
        deployment.get().routes().match(context.request().method().name(), stagePath);
    if (match.isEmpty()) {
      return refuse();
    }
    context.matched(deployment.get(), match.get().target(), match.get().pathParameters());
    if (context.trace().on()) {
      context
          .trace()
          .add(
              "matched",
              match.get().target().definition().methodKey() + " " + match.get().pathParameters());
    }
    return Future.succeededFuture(StageResult.NEXT);
  }

  /**
   * Reads {@code /{apiId}/{stage}/{path}} into the context and finds the deployment it names (also
   * recorded in the context); empty for a malformed path or an unknown API or stage.
   */
  public static Optional<CompiledDeployment> locate(RequestContext context) {
    String path = context.request().path();
    if (path == null || path.length() < 2) {
      return Optional.empty();
    }
    int apiEnd = path.indexOf('/', 1);
    if (apiEnd < 0) {
      return Optional.empty();
    }
    int stageEnd = path.indexOf('/', apiEnd + 1);
    String apiId = path.substring(1, apiEnd);
    String stage = stageEnd < 0 ? path.substring(apiEnd + 1) : path.substring(apiEnd + 1, stageEnd);
    String stagePath = stageEnd < 0 ? "/" : path.substring(stageEnd);
    context.target(apiId, stage, stagePath);
    Optional<CompiledDeployment> deployment = context.state().deployment(apiId, stage);
    deployment.ifPresent(context::deploymentFound);
    return deployment;
  }

  private static Future<StageResult> refuse() {
    return Future.succeededFuture(StageResult.refuse(GatewayError.MISSING_AUTHENTICATION_TOKEN));
  }
}
