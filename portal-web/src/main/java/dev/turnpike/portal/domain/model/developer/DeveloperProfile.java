package dev.turnpike.portal.domain.model.developer;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * An app developer's profile, created at their first sign-in to any developer portal: who Keycloak
 * says they are, which identity provider brought them (Google, Facebook or Keycloak's own
 * password), and which version of the terms of use they accepted, when.
 */
// Not in the shared cache: deleting an account or accepting terms must count at once on every node.
@Cacheable(false)
@Entity
@Table(name = "developer_profile")
public class DeveloperProfile {
  /** The provider recorded when the person signed in with Keycloak's own e-mail and password. */
  public static final String PASSWORD = "password";

  @Id
  @Column(length = 64)
  private String subject;

  @Column(nullable = false, length = 254)
  private String email;

  @Column(name = "display_name", length = 200)
  private String displayName;

  @Column(name = "identity_provider", nullable = false, length = 40)
  private String identityProvider;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "terms_version", length = 40)
  private String termsVersion;

  @Column(name = "terms_accepted_at")
  private Instant termsAcceptedAt;

  protected DeveloperProfile() {}

  public DeveloperProfile(
      String subject, String email, String displayName, String identityProvider, Instant now) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.email = Objects.requireNonNull(email, "email");
    this.displayName = displayName;
    this.identityProvider = identityProvider == null ? PASSWORD : identityProvider;
    this.createdAt = now;
  }

  /** Keeps e-mail and name as Keycloak last reported them; the first provider stays recorded. */
  public void refresh(String email, String displayName) {
    this.email = Objects.requireNonNull(email, "email");
    this.displayName = displayName;
  }

  /** True until the person has accepted exactly this version of the terms. */
  public boolean needsToAccept(String currentTermsVersion) {
    return !currentTermsVersion.equals(termsVersion);
  }

  public void acceptTerms(String version, Instant now) {
    this.termsVersion = Objects.requireNonNull(version, "version");
    this.termsAcceptedAt = now;
  }

  public String subject() {
    return subject;
  }

  public String email() {
    return email;
  }

  public String displayName() {
    return displayName;
  }

  public String identityProvider() {
    return identityProvider;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String termsVersion() {
    return termsVersion;
  }

  public Instant termsAcceptedAt() {
    return termsAcceptedAt;
  }
}
