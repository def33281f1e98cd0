package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.AnalyticsService;
import dev.turnpike.portal.application.AnalyticsService.Query;
import dev.turnpike.portal.application.AnalyticsService.Report;
import dev.turnpike.portal.application.TrafficReport;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Traffic analytics of a tenant: JSON by default, CSV with {@code format=csv} (or {@code Accept:
 * text/csv}) for spreadsheets. Filters: apiId, stage, method ({@code GET /pets/{id}}), keyId;
 * from/to (ISO date or instant), granularity HOUR|DAY, groupBy NONE|API|STAGE|METHOD|KEY.
 */
@Path("tenants/{tenantId}/analytics")
public class AnalyticsResource {
  static final String CSV = "text/csv";

  @Inject AnalyticsService analytics;
  @Inject CallerResolver callers;

  @GET
  @Produces({MediaType.APPLICATION_JSON, CSV})
  public Response report(
      @PathParam("tenantId") String tenantId,
      @QueryParam("apiId") String apiId,
      @QueryParam("stage") String stage,
      @QueryParam("method") String method,
      @QueryParam("keyId") String keyId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("granularity") String granularity,
      @QueryParam("groupBy") String groupBy,
      @QueryParam("format") String format,
      @jakarta.ws.rs.HeaderParam("Accept") String accept) {
    Report report =
        analytics.report(
            callers.caller(),
            tenantId,
            new Query(apiId, stage, method, keyId, from, to, granularity, groupBy));
    boolean csv =
        "csv".equalsIgnoreCase(format)
            || (format == null && accept != null && accept.startsWith(CSV));
    if (csv) {
      return Response.ok(TrafficReport.csv(report.rows()), CSV + "; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"turnpike-analytics.csv\"")
          .build();
    }
    return Response.ok(report, MediaType.APPLICATION_JSON).build();
  }
}
