package dev.turnpike.portal.application;

import dev.turnpike.portal.domain.model.Versioned;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;

/**
 * Optimistic locking over HTTP: a change sent with {@code If-Match} goes through only when the row
 * still has the version the caller read (its {@code ETag}). Without {@code If-Match} the last write
 * wins, as in most REST APIs. The JPA {@code @Version} column catches the race between this check
 * and the commit.
 */
@ApplicationScoped
public class Preconditions {
  @Inject IfMatch ifMatch;

  /** Refuses with 412 when the request's If-Match names another version of {@code current}. */
  public void check(Versioned current, String what) {
    String header;
    try {
      header = ifMatch.header();
    } catch (ContextNotActiveException e) {
      return; // start-up code and background work have no HTTP request and no precondition
    }
    if (header != null && !matches(header, current.version())) {
      throw new PortalException(
          PortalException.Kind.PRECONDITION_FAILED,
          what
              + " has changed since you read it (its ETag is now "
              + etag(current.version())
              + "); read it again and send the new ETag in If-Match.");
    }
  }

  /** The entity tag of a version: a quoted string, as RFC 9110 wants. */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** RFC 9110 If-Match: "*" or a list of entity tags; weak tags (W/) are compared by value. */
  static boolean matches(String header, long version) {
    String wanted = etag(version);
    for (String tag : header.split(",")) {
      String candidate = tag.trim();
      if (candidate.equals("*")) {
        return true;
      }
      if (candidate.startsWith("W/")) {
        candidate = candidate.substring(2);
      }
      if (candidate.equals(wanted)) {
        return true;
      }
    }
    return false;
  }
}
