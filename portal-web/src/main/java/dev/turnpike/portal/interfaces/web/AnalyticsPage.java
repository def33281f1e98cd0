package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.AnalyticsService;
import dev.turnpike.portal.application.AnalyticsService.Query;
import dev.turnpike.portal.application.AnalyticsService.Report;
import dev.turnpike.portal.application.ApiService;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.TenantService;
import dev.turnpike.portal.application.TrafficReport;
import dev.turnpike.portal.application.TrafficReport.Row;
import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.application.Views.TenantView;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The console's analytics page of one tenant: traffic and latency charts over time (optionally of
 * one API), a table grouped as chosen, and the same table as CSV.
 */
@Named("analyticsPage")
@ViewScoped
public class AnalyticsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject TenantService tenants;
  @Inject ApiService apis;
  @Inject AnalyticsService analytics;
  @Inject WebCaller me;

  private String tenantId;
  private String apiId;
  private String granularity = "HOUR";
  private String groupBy = "METHOD";

  private transient TenantView tenant;
  private transient Report overTime;
  private transient Report grouped;

  public TenantView getTenant() {
    if (tenant == null) {
      tenant =
          tenants.mine(me.caller()).stream()
              .filter(t -> t.id().equals(tenantId))
              .findFirst()
              .orElse(null);
    }
    return tenant;
  }

  public List<ApiView> getApis() {
    return getTenant() == null ? List.of() : apis.list(me.caller(), tenantId);
  }

  /** Re-reads the report with the chosen filters (the form's submit). */
  public void apply() {
    overTime = null;
    grouped = null;
  }

  public String getTrafficChart() {
    return ChartJson.traffic(timeline(), daily());
  }

  public String getLatencyChart() {
    return ChartJson.latency(timeline(), daily());
  }

  private List<Row> timeline() {
    Report report = overTime();
    return report.from() == null
        ? List.of()
        : TrafficReport.filled(report.rows(), report.from(), report.to(), report.granularity());
  }

  public List<Row> getRows() {
    return grouped().rows();
  }

  public long getTotalRequests() {
    return overTime().rows().stream().mapToLong(Row::requests).sum();
  }

  public StreamedContent getCsv() {
    byte[] csv = TrafficReport.csv(grouped().rows()).getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("turnpike-analytics.csv")
        .contentType("text/csv")
        .stream(() -> new ByteArrayInputStream(csv))
        .build();
  }

  private boolean daily() {
    return "DAY".equals(granularity);
  }

  private Report overTime() {
    if (overTime == null) {
      overTime = read("NONE");
    }
    return overTime;
  }

  private Report grouped() {
    if (grouped == null) {
      grouped = read(groupBy);
    }
    return grouped;
  }

  private Report read(String grouping) {
    if (getTenant() == null) {
      return new Report(null, null, null, null, List.of());
    }
    try {
      return analytics.report(
          me.caller(),
          tenantId,
          new Query(apiId, null, null, null, null, null, granularity, grouping));
    } catch (PortalException e) {
      Messages.refused(e);
      return new Report(null, null, null, null, List.of());
    }
  }

  public String getTenantId() {
    return tenantId;
  }

  public void setTenantId(String tenantId) {
    this.tenantId = tenantId;
  }

  public String getApiId() {
    return apiId;
  }

  public void setApiId(String apiId) {
    this.apiId = apiId == null || apiId.isBlank() ? null : apiId;
  }

  public String getGranularity() {
    return granularity;
  }

  public void setGranularity(String granularity) {
    this.granularity = granularity;
  }

  public String getGroupBy() {
    return groupBy;
  }

  public void setGroupBy(String groupBy) {
    this.groupBy = groupBy;
  }
}
