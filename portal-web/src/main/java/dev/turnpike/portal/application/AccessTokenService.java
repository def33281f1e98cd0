package dev.turnpike.portal.application;

import dev.turnpike.portal.application.AccessViews.CreatedToken;
import dev.turnpike.portal.application.AccessViews.TokenView;
import dev.turnpike.portal.domain.model.access.AccessToken;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.portal.infrastructure.persistence.JpaAccessTokenRepository;
import dev.turnpike.portal.infrastructure.persistence.PlatformQueries;
import dev.turnpike.usageplans.key.ApiKeyGenerator;
import dev.turnpike.usageplans.key.ApiKeyHasher;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens ({@code tpat_...}) for scripts and CI. Any member may create one for
 * themselves, with a role up to their own; owners and admins also see and revoke everyone's. Values
 * are generated and HMAC-hashed exactly like API keys (usage-plans' generator and hasher), with
 * their own marker so the two can never be mistaken for each other.
 */
@ApplicationScoped
@Transactional
public class AccessTokenService {
  public static final String MARKER = "tpat_";
  static final int MAX_DAYS = 365;
  static final int DEFAULT_DAYS = 30;

  @Inject TenantAccess access;
  @Inject JpaAccessTokenRepository tokens;
  @Inject PlatformQueries platform;
  @Inject PortalSettings settings;

  private final ApiKeyGenerator generator = new ApiKeyGenerator();
  private ApiKeyHasher hasher;

  @PostConstruct
  void init() {
    hasher = new ApiKeyHasher(settings.keyHashSecret());
  }

  public CreatedToken create(
      Caller caller, String tenantId, String name, String role, Integer expiresInDays) {
    TenantRole mine = access.roleIn(caller, tenantId);
    TenantId tenant = new TenantId(tenantId);
    String tokenName = Inputs.name("name", name, 120);
    TenantRole tokenRole = role == null ? mine : Inputs.role("role", role);
    if (!mine.atLeast(tokenRole)) {
      throw new PortalException(
          PortalException.Kind.FORBIDDEN,
          "You act as " + mine + " here and cannot create a token with the role " + tokenRole + ".",
          List.of(new PortalException.Detail("role", "higher than your own role " + mine)));
    }
    int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
    if (days < 1 || days > MAX_DAYS) {
      throw PortalException.badInput("expiresInDays", "give 1 to " + MAX_DAYS + " days.");
    }
    // The API-key generator's shape (8 public chars, 40 secret base62 chars) with our own marker.
    String value = MARKER + generator.generate().plaintext().substring(4);
    String prefix = value.substring(0, value.indexOf('.'));
    AccessToken token =
        new AccessToken(
            tenant,
            tokenName,
            caller.email(),
            prefix,
            hasher.hash(value),
            tokenRole,
            Instant.now().plus(Duration.ofDays(days)));
    tokens.add(tenant, token);
    return new CreatedToken(view(token), value);
  }

  public List<TokenView> list(Caller caller, String tenantId) {
    TenantRole mine = access.roleIn(caller, tenantId);
    TenantId tenant = new TenantId(tenantId);
    return tokens.list(tenant).stream()
        .filter(t -> mine.atLeast(TenantRole.ADMIN) || t.createdBy().equals(caller.email()))
        .map(AccessTokenService::view)
        .toList();
  }

  public TokenView revoke(Caller caller, String tenantId, String tokenId) {
    TenantRole mine = access.roleIn(caller, tenantId);
    TenantId tenant = new TenantId(tenantId);
    AccessToken token =
        tokens
            .find(tenant, tokenId)
            .filter(t -> mine.atLeast(TenantRole.ADMIN) || t.createdBy().equals(caller.email()))
            .orElseThrow(() -> PortalException.notFound("Access token", tokenId));
    token.revoke();
    return view(token);
  }

  /**
   * The caller a token acts as, or empty when it is unknown, revoked or expired. The caller has the
   * creator's e-mail and the token's tenant and role; {@link TenantAccess} caps that role by the
   * creator's current one on every call.
   */
  public Optional<Caller> authenticate(String value) {
    if (value == null || !value.startsWith(MARKER)) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    return platform
        .accessTokenByHash(hasher.hash(value))
        .filter(t -> t.usableAt(now))
        .map(
            t -> {
              t.usedAt(now);
              return new Caller(
                  t.createdBy(),
                  t.name(),
                  java.util.Set.of(),
                  false,
                  new Caller.TokenScope(t.id(), t.tenantId(), t.role()));
            });
  }

  static TokenView view(AccessToken t) {
    Instant now = Instant.now();
    String status =
        t.revokedAt() != null ? "revoked" : now.isBefore(t.expiresAt()) ? "active" : "expired";
    return new TokenView(
        t.id(),
        t.name(),
        t.prefix(),
        t.role().name(),
        t.createdBy(),
        t.createdAt(),
        t.expiresAt(),
        t.lastUsedAt(),
        status);
  }
}
