package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.Versioned;
import java.time.Instant;
import java.util.List;

/** What the membership, access-token and tenant-settings use cases hand out: plain records. */
public final class AccessViews {
  private AccessViews() {}

  /** A member, or an invitation ({@code status} "invited") that waits for its person. */
  public record MemberView(
      String id,
      String email,
      String role,
      String status,
      String invitedBy,
      Instant createdAt,
      long version)
      implements Versioned {}

  /**
   * A tenant with its settings; {@code yourRole} is the caller's effective role. {@code
   * brandColor}/{@code accentColor} are what the tenant chose (null: the portal's defaults), the
   * text colours what the portal shows on them, {@code brandNotes} what to know about their
   * readability, and {@code logoUrl} the public address of the logo (null: none).
   */
  public record TenantDetails(
      String id,
      String slug,
      String displayName,
      String yourRole,
      Double throttleRate,
      Integer throttleBurst,
      String brandColor,
      String accentColor,
      String brandTextColor,
      String accentTextColor,
      List<String> brandNotes,
      String logoUrl,
      Instant createdAt,
      long version)
      implements Versioned {}

  /** A personal access token as lists show it: never its value. */
  public record TokenView(
      String id,
      String name,
      String prefix,
      String role,
      String createdBy,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      String status) {}

  /** A new token: the only time its value is ever shown. */
  public record CreatedToken(TokenView token, String value) {}

  /** Any view with the version it was read at, for an ETag; the body is the view alone. */
  public record Tagged<T>(T body, long version) implements Versioned {}
}
