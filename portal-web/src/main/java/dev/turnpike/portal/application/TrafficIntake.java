package dev.turnpike.portal.application;

import dev.turnpike.gateway.metering.LatencyHistograms;
import dev.turnpike.gateway.metering.TrafficRecord;
import dev.turnpike.portal.domain.model.analytics.TrafficHour;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.infrastructure.persistence.JpaTrafficRepository;
import dev.turnpike.portal.infrastructure.persistence.JpaUsageRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.logging.Logger;
import org.HdrHistogram.Histogram;

/**
 * Adds what the gateways saw to the hourly traffic table: counts summed, latency histograms merged
 * (so percentiles over any range stay exact to the histogram's precision). A flush id counts once.
 */
@ApplicationScoped
@Transactional
public class TrafficIntake {
  private static final Logger LOG = Logger.getLogger(TrafficIntake.class.getName());

  @Inject PlatformQueries platform;
  @Inject JpaTrafficRepository traffic;
  @Inject JpaUsageRepository flushes;

  /** Returns how many records were new; records of unknown APIs are skipped. */
  public int record(Collection<TrafficRecord> records) {
    int applied = 0;
    for (TrafficRecord record : records) {
      Api api = platform.api(record.apiId()).orElse(null);
      if (api == null) {
        LOG.warning("Traffic for unknown API " + record.apiId() + " skipped (deleted API?)");
        continue;
      }
      if (!flushes.firstSight(record.flushId())) {
        continue;
      }
      TenantId tenant = new TenantId(api.tenantId());
      TrafficHour hour =
          traffic
              .hour(
                  tenant, api.id(), record.stage(), record.method(), record.keyId(), record.hour())
              .orElseGet(() -> created(tenant, api, record));
      Histogram merged = LatencyHistograms.decode(record.latencyHistogram());
      if (hour.latencyHistogram() != null) {
        merged.add(LatencyHistograms.decode(hour.latencyHistogram()));
      }
      hour.add(
          record.requests(),
          record.clientErrors(),
          record.serverErrors(),
          record.throttled(),
          LatencyHistograms.encode(merged));
      applied++;
    }
    return applied;
  }

  private TrafficHour created(TenantId tenant, Api api, TrafficRecord record) {
    TrafficHour row =
        new TrafficHour(
            tenant, api.id(), record.stage(), record.method(), record.keyId(), record.hour());
    traffic.add(tenant, row);
    return row;
  }
}
