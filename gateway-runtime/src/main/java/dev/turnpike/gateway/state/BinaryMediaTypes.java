package dev.turnpike.gateway.state;

import java.util.List;
import java.util.Locale;

/**
 * An API's binary media types, matched as Amazon does: a content type (parameters ignored, case
 * insensitive) is binary when it equals one of them, or one of them is {@code type/*} of its type,
 * or {@code *}{@code /*}. For an {@code Accept} header, its first media type decides.
 */
public final class BinaryMediaTypes {

  public static final BinaryMediaTypes NONE = new BinaryMediaTypes(List.of());

  private final List<String> types;

  private BinaryMediaTypes(List<String> types) {
    this.types = types;
  }

  public static BinaryMediaTypes of(List<String> types) {
    return types.isEmpty()
        ? NONE
        : new BinaryMediaTypes(types.stream().map(BinaryMediaTypes::base).toList());
  }

  /** True when a payload of this content type is binary (a missing type never is). */
  public boolean matches(String contentType) {
    if (types.isEmpty() || contentType == null || contentType.isBlank()) {
      return false;
    }
    String type = base(contentType);
    String major = type.contains("/") ? type.substring(0, type.indexOf('/')) : type;
    for (String binary : types) {
      if (binary.equals(type) || binary.equals("*/*") || binary.equals(major + "/*")) {
        return true;
      }
    }
    return false;
  }

  /** True when the first media type the client accepts is binary. */
  public boolean accepted(String accept) {
    return accept != null && matches(accept.split(",", 2)[0]);
  }

  public boolean isEmpty() {
    return types.isEmpty();
  }

  private static String base(String contentType) {
    int semicolon = contentType.indexOf(';');
    String base = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return base.trim().toLowerCase(Locale.ROOT);
  }
}
