package dev.turnpike.gateway.auth;

import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.Stage;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.usageplans.key.ApiKeyHasher;
import dev.turnpike.usageplans.key.ApiKeyRecord;
import dev.turnpike.usageplans.plan.UsagePlan;
import io.vertx.core.Future;
import java.util.Optional;

/**
 * Checks the {@code x-api-key} header of methods that require a key: the key must exist (by its
 * keyed hash), be enabled and unexpired, belong to the API's tenant, and be in a usage plan of that
 * tenant covering this API stage. Any failure is 403 {@code Forbidden} (INVALID_API_KEY), without
 * saying which check failed.
 */
public final class ApiKeyStage implements Stage {

  /** The header clients send their key in (apiKeySource HEADER). */
  public static final String HEADER = "x-api-key";

  private static final int MAX_KEY_LENGTH = 256;

  private final ApiKeyHasher hasher;

  public ApiKeyStage(ApiKeyHasher hasher) {
    this.hasher = hasher;
  }

  @Override
  public Future<StageResult> apply(RequestContext context) {
    if (!context.method().definition().apiKeyRequired()) {
      return Future.succeededFuture(StageResult.NEXT);
    }
    String presented = context.request().getHeader(HEADER);
    if (presented == null || presented.isBlank() || presented.length() > MAX_KEY_LENGTH) {
      return refuse();
    }
    Optional<ApiKeyRecord> key =
        context
            .state()
            .keys()
            .findByHash(hasher.hash(presented.trim()))
            .filter(k -> k.usableAt(context.receivedAt()))
            .filter(k -> k.tenantId().equals(context.deployment().tenantId()));
    Optional<UsagePlan> plan = key.flatMap(k -> planFor(context, k));
    if (plan.isEmpty()) {
      return refuse();
    }
    context.authenticated(presented.trim(), key.get(), plan.get());
    return Future.succeededFuture(StageResult.NEXT);
  }

  /** The key's plan covering this API stage; the smallest id wins if several do. */
  private static Optional<UsagePlan> planFor(RequestContext context, ApiKeyRecord key) {
    return key.usagePlanIds().stream()
        .sorted()
        .map(id -> context.state().plan(id))
        .flatMap(Optional::stream)
        .filter(p -> key.tenantId().equals(p.tenantId()))
        .filter(p -> p.stage(context.apiId(), context.stage()).isPresent())
        .findFirst();
  }

  private static Future<StageResult> refuse() {
    return Future.succeededFuture(StageResult.refuse(GatewayError.INVALID_API_KEY));
  }
}
