package dev.turnpike.portal.application;

import java.util.List;

/**
 * A tenant's developer portal catalog, safe to show anyone: published API stages only, each with
 * the plans an app developer may subscribe to. No ids of unpublished things, no member data. When a
 * search ({@code query}) or a tag filter ({@code tag}) was asked, {@code apis} holds the matches
 * only; {@code published} always counts every published stage, so "nothing published yet" and
 * "nothing matches" can be told apart.
 */
public record CatalogView(
    String tenantId,
    String slug,
    String tenantName,
    Brand brand,
    String query,
    String tag,
    int published,
    List<TagCount> tags,
    List<Entry> apis) {

  /** One published API stage. */
  public record Entry(
      String apiId,
      String apiName,
      String apiVersion,
      String stage,
      String description,
      String documentation,
      List<String> tags,
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

  /** A tag to filter by, with how many APIs matching the search carry it. */
  public record TagCount(String tag, int count) {}

  /**
   * The tenant's colours with the text colour that reads best on each (WCAG contrast), and the
   * logo's address relative to the portal root ({@code logo?v=...}), or null when there is none.
   */
  public record Brand(
      String brandColor,
      String brandTextColor,
      String accentColor,
      String accentTextColor,
      String logoPath) {}
}
