package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.usage.UsageDay;
import dev.turnpike.portal.domain.model.usage.UsageFlush;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Tenant-scoped daily usage, and the record of flushes already counted. */
@ApplicationScoped
public class JpaUsageRepository extends TenantScopedRepository<UsageDay> {
  public JpaUsageRepository() {
    super(UsageDay.class);
  }

  public List<UsageDay> ofKey(TenantId tenant, String keyId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select u from UsageDay u where u.tenantId = :tenant and u.keyId = :key"
                + " and u.day >= :from and u.day <= :to order by u.day, u.apiId, u.stage",
            UsageDay.class)
        .setParameter("tenant", tenant.value())
        .setParameter("key", keyId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  public Optional<UsageDay> day(
      TenantId tenant, String keyId, String apiId, String stage, LocalDate day) {
    return em.createQuery(
            "select u from UsageDay u where u.tenantId = :tenant and u.keyId = :key"
                + " and u.apiId = :api and u.stage = :stage and u.day = :day",
            UsageDay.class)
        .setParameter("tenant", tenant.value())
        .setParameter("key", keyId)
        .setParameter("api", apiId)
        .setParameter("stage", stage)
        .setParameter("day", day)
        .getResultStream()
        .findFirst();
  }

  /** The last UTC day each of the tenant's keys was used on, for keys used at all. */
  public java.util.Map<String, LocalDate> lastUsedDays(TenantId tenant) {
    java.util.Map<String, LocalDate> days = new java.util.HashMap<>();
    em.createQuery(
            "select u.keyId, max(u.day) from UsageDay u where u.tenantId = :tenant"
                + " group by u.keyId",
            Object[].class)
        .setParameter("tenant", tenant.value())
        .getResultList()
        .forEach(row -> days.put((String) row[0], (LocalDate) row[1]));
    return days;
  }

  /** True the first time a flush id is seen; it is then remembered. */
  public boolean firstSight(String flushId) {
    if (em.find(UsageFlush.class, flushId) != null) {
      return false;
    }
    em.persist(new UsageFlush(flushId));
    return true;
  }
}
