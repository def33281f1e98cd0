package dev.turnpike.portal.infrastructure.persistence;

import dev.turnpike.portal.domain.model.developer.DeveloperProfile;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * App developers' profiles by Keycloak subject. Platform-wide like the person it describes: a
 * profile is only ever looked up by the subject of the signed-in person (or of a deleted account).
 */
@ApplicationScoped
public class JpaDeveloperProfileRepository {
  @PersistenceContext(unitName = "turnpike")
  private EntityManager em;

  public Optional<DeveloperProfile> find(String subject) {
    return Optional.ofNullable(em.find(DeveloperProfile.class, subject));
  }

  public void add(DeveloperProfile profile) {
    em.persist(profile);
  }

  public void remove(DeveloperProfile profile) {
    em.remove(profile);
  }
}
