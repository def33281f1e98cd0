package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.analytics.TrafficHour;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Tenant-scoped hourly traffic statistics. */
@ApplicationScoped
public class JpaTrafficRepository extends TenantScopedRepository<TrafficHour> {
  public JpaTrafficRepository() {
    super(TrafficHour.class);
  }

  public Optional<TrafficHour> hour(
      TenantId tenant, String apiId, String stage, String method, String keyId, Instant hour) {
    return em.createQuery(
            "select t from TrafficHour t where t.tenantId = :tenant and t.apiId = :api"
                + " and t.stage = :stage and t.method = :method and t.keyId = :key"
                + " and t.hour = :hour",
            TrafficHour.class)
        .setParameter("tenant", tenant.value())
        .setParameter("api", apiId)
        .setParameter("stage", stage)
        .setParameter("method", method)
        .setParameter("key", keyId)
        .setParameter("hour", hour)
        .getResultStream()
        .findFirst();
  }

  /** The tenant's rows with {@code from <= hour < to}, optionally of one API. */
  public List<TrafficHour> between(TenantId tenant, String apiId, Instant from, Instant to) {
    // Two query texts rather than ":api is null": PostgreSQL cannot type a null-only parameter.
    var query =
        em.createQuery(
                "select t from TrafficHour t where t.tenantId = :tenant"
                    + (apiId == null ? "" : " and t.apiId = :api")
                    + " and t.hour >= :from and t.hour < :to order by t.hour",
                TrafficHour.class)
            .setParameter("tenant", tenant.value())
            .setParameter("from", from)
            .setParameter("to", to);
    if (apiId != null) {
      query.setParameter("api", apiId);
    }
    return query.getResultList();
  }

  /** One key's rows with {@code from <= hour < to}. */
  public List<TrafficHour> ofKey(TenantId tenant, String keyId, Instant from, Instant to) {
    return em.createQuery(
            "select t from TrafficHour t where t.tenantId = :tenant and t.keyId = :key"
                + " and t.hour >= :from and t.hour < :to",
            TrafficHour.class)
        .setParameter("tenant", tenant.value())
        .setParameter("key", keyId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }
}
