package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.TenantOwned;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes rows of one tenant-owned entity type, always within one tenant. A row of another
 * tenant is indistinguishable from a row that does not exist.
 */
public abstract class TenantScopedRepository<T extends TenantOwned> {
  @PersistenceContext(unitName = "turnpike")
  protected EntityManager em;

  private final Class<T> type;

  protected TenantScopedRepository(Class<T> type) {
    this.type = type;
  }

  public Optional<T> find(TenantId tenant, String id) {
    if (id == null) {
      return Optional.empty();
    }
    T row = em.find(type, id);
    return row != null && row.tenantId().equals(tenant.value())
        ? Optional.of(row)
        : Optional.empty();
  }

  public List<T> list(TenantId tenant) {
    return where(tenant, null, null);
  }

  /** Rows of the tenant whose {@code attribute} equals {@code value} (or all, when null). */
  protected List<T> where(TenantId tenant, String attribute, Object value) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<T> query = cb.createQuery(type);
    Root<T> root = query.from(type);
    var condition = cb.equal(root.get("tenantId"), tenant.value());
    if (attribute != null) {
      condition = cb.and(condition, cb.equal(root.get(attribute), value));
    }
    query.select(root).where(condition).orderBy(cb.asc(root.get("createdAt")));
    return em.createQuery(query).getResultList();
  }

  public void add(TenantId tenant, T row) {
    if (!row.tenantId().equals(tenant.value())) {
      throw new IllegalStateException("A row of one tenant cannot be written under another.");
    }
    em.persist(row);
  }

  /** Writes pending changes now, so a changed row's new version can be reported (its ETag). */
  public void flush() {
    em.flush();
  }

  public void remove(TenantId tenant, T row) {
    if (!row.tenantId().equals(tenant.value())) {
      throw new IllegalStateException("A row of one tenant cannot be removed under another.");
    }
    em.remove(row);
  }
}
