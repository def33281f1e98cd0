package dev.turnpike.portal.application;

import java.util.List;

/**
 * An expected refusal of a use case: what went wrong, in words a person can act on, with optional
 * details (a field or JSON pointer and a message each). The REST layer maps {@link Kind} to a
 * status.
 */
public class PortalException extends RuntimeException {
  public enum Kind {
    BAD_REQUEST(400),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    PRECONDITION_FAILED(412),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    UNPROCESSABLE(422);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  /** One problem: where it is (a field name or JSON pointer) and what is wrong there. */
  public record Detail(String location, String message) {}

  private final Kind kind;
  private final List<Detail> details;

  public PortalException(Kind kind, String message) {
    this(kind, message, List.of());
  }

  public PortalException(Kind kind, String message, List<Detail> details) {
    super(message, null, false, false);
    this.kind = kind;
    this.details = List.copyOf(details);
  }

  public static PortalException notFound(String what, String id) {
    return new PortalException(Kind.NOT_FOUND, what + " '" + id + "' was not found.");
  }

  public static PortalException badInput(String field, String message) {
    return new PortalException(
        Kind.BAD_REQUEST, "Invalid " + field + ": " + message, List.of(new Detail(field, message)));
  }

  public Kind kind() {
    return kind;
  }

  public List<Detail> details() {
    return details;
  }
}
