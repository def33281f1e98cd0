package dev.turnpike.portal.application;

import java.util.List;

/**
 * A tenant's developer portal catalog, safe to show anyone: published API stages only, each with
 * the plans an app developer may subscribe to. No ids of unpublished things, no member data.
 */
public record CatalogView(String tenantId, String slug, String tenantName, List<Entry> apis) {

  /** One published API stage. */
  public record Entry(
      String apiId,
      String apiName,
      String apiVersion,
      String stage,
      String description,
      String documentation,
      String invokeUrl,
      List<String> methods,
      List<PlanOffer> plans,
      List<Operation> operations) {}

  /**
   * One operation the try-it console can call: an HTTP method (ANY is offered as each verb) on a
   * resource path, whether it needs a key, its path parameters ({@code proxy+} for a greedy one)
   * and the query parameters and headers the stage's validator requires.
   */
  public record Operation(
      String method,
      String path,
      boolean apiKeyRequired,
      List<String> pathParameters,
      List<String> requiredQuery,
      List<String> requiredHeaders) {}

  /** A plan covering the stage, as a subscriber weighs it. */
  public record PlanOffer(
      String id,
      String name,
      Double throttleRate,
      Integer throttleBurst,
      Long quotaLimit,
      String quotaPeriod,
      String approvalMode) {}
}
