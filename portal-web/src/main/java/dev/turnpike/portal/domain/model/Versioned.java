package dev.turnpike.portal.domain.model;

/**
 * Something with an optimistic-locking version (a JPA {@code @Version} column, or a view copied
 * from one): the management API turns it into an {@code ETag} and checks {@code If-Match} against
 * it.
 */
public interface Versioned {
  long version();
}
