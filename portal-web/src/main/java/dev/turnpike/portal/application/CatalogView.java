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
      List<PlanOffer> plans) {}

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
