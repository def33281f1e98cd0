package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.tenant.TenantRole;
import java.util.regex.Pattern;

/** Checks on values people type, each failing with a message that names the field and the fix. */
final class Inputs {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{1,38}[a-z0-9]");

  /**
   * The WHATWG HTML "valid e-mail address" rule: what browsers accept in an e-mail field, stricter
   * than RFC 5322's quoted forms that no one types.
   */
  private static final Pattern EMAIL =
      Pattern.compile(
          "[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
              + "(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

  private static final Pattern STAGE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private Inputs() {}

  static String name(String field, String value, int maxLength) {
    if (value == null || value.isBlank()) {
      throw PortalException.badInput(field, "it is required.");
    }
    String trimmed = value.trim();
    if (trimmed.length() > maxLength) {
      throw PortalException.badInput(
          field, "it is " + trimmed.length() + " characters long; the limit is " + maxLength + ".");
    }
    return trimmed;
  }

  /** Control, format, unassigned and private-use characters: nothing a person reads as a name. */
  private static final Pattern UNPRINTABLE = Pattern.compile("\\p{C}");

  /** A key's name as its developer gives it: 1 to 64 printable characters, trimmed. */
  static String keyName(String value) {
    String name = name("name", value, 128); // UTF-16 units; the real limit is in code points
    int length = name.codePointCount(0, name.length());
    if (length > 64) {
      throw PortalException.badInput(
          "name", "it is " + length + " characters long; the limit is 64.");
    }
    if (UNPRINTABLE.matcher(name).find()) {
      throw PortalException.badInput(
          "name",
          "it holds a control or other unprintable character; use letters, digits,"
              + " spaces and punctuation.");
    }
    return name;
  }

  static String slug(String value) {
    String slug = name("slug", value, 40);
    if (!SLUG.matcher(slug).matches()) {
      throw PortalException.badInput(
          "slug",
          "'"
              + slug
              + "' must be 3 to 40 lower-case letters, digits and inner hyphens (it is part of"
              + " URLs).");
    }
    return slug;
  }

  static String stage(String value) {
    String stage = name("stage", value, 64);
    if (!STAGE.matcher(stage).matches()) {
      throw PortalException.badInput(
          "stage",
          "'" + stage + "' may only hold letters, digits, '-' and '_' (it is part of URLs).");
    }
    return stage;
  }

  static double rate(String field, Double value) {
    if (value == null || !(value >= 0) || value.isInfinite()) {
      throw PortalException.badInput(field, "give a number of requests per second, 0 or more.");
    }
    return value;
  }

  static int nonNegative(String field, Integer value) {
    if (value == null || value < 0) {
      throw PortalException.badInput(field, "give a whole number, 0 or more.");
    }
    return value;
  }

  /** An e-mail address, lower-cased: people are matched by it case-insensitively. */
  static String email(String field, String value) {
    String email = name(field, value, 254);
    if (!EMAIL.matcher(email).matches()) {
      throw PortalException.badInput(
          field, "'" + email + "' is not an e-mail address (like name@example.com).");
    }
    return email.toLowerCase(java.util.Locale.ROOT);
  }

  /** One of the tenant roles, named in any case. */
  static TenantRole role(String field, String value) {
    try {
      return TenantRole.valueOf(
          value == null ? "" : value.trim().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput(
          field,
          "'"
              + value
              + "' is not a role; use one of "
              + java.util.Arrays.toString(TenantRole.values())
              + ".");
    }
  }
}
