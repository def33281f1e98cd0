package dev.turnpike.gateway.route;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The resource tree of one deployment, built once per snapshot: finds the method for an HTTP method
 * and a path. Static segments beat {@code {param}}, which beats {@code {proxy+}}; a method {@code
 * ANY} matches every HTTP method that has no method of its own. Immutable once built.
 *
 * @param <T> what a match returns (the compiled method)
 */
public final class RouteTable<T> {

  private final RouteNode<T> root;

  private RouteTable(RouteNode<T> root) {
    this.root = root;
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Finds the method serving {@code rawPath} (still URL-encoded, relative to the stage, e.g. {@code
   * /pets/a%20b}).
   */
  public Optional<RouteMatch<T>> match(String httpMethod, String rawPath) {
    List<String> segments = new ArrayList<>();
    for (String raw : rawPath.split("/")) {
      if (!raw.isEmpty()) {
        segments.add(decode(raw));
      }
    }
    return Optional.ofNullable(
        root.match(httpMethod.toUpperCase(Locale.ROOT), segments, 0, new HashMap<>()));
  }

  private static String decode(String segment) {
    try {
      return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return segment;
    }
  }

  /** Adds methods one by one; rejects paths that cannot be routed with a message naming them. */
  public static final class Builder<T> {
    private final RouteNode<T> root = new RouteNode<>();

    /**
     * @throws IllegalArgumentException on a malformed path, a clash of parameter names at one
     *     level, or the same method twice on one resource
     */
    public Builder<T> add(String httpMethod, String resourcePath, T target) {
      String where = httpMethod + " " + resourcePath;
      RouteNode<T> node = root;
      String[] parts = resourcePath.split("/");
      for (int i = 0; i < parts.length; i++) {
        String part = parts[i];
        if (part.isEmpty()) {
          continue;
        }
        node = child(node, part, i == parts.length - 1, where);
      }
      String method = httpMethod.toUpperCase(Locale.ROOT);
      if (node.methods.putIfAbsent(method, target) != null) {
        throw new IllegalArgumentException(where + " is defined twice; keep one of them");
      }
      return this;
    }

    public RouteTable<T> build() {
      return new RouteTable<>(root);
    }

    private RouteNode<T> child(RouteNode<T> node, String part, boolean last, String where) {
      if (!part.startsWith("{")) {
        if (part.contains("{") || part.contains("}")) {
          throw new IllegalArgumentException(
              where + ": segment '" + part + "' mixes text and a {parameter}; use a whole segment");
        }
        return node.statics.computeIfAbsent(part, p -> new RouteNode<>());
      }
      if (!part.endsWith("}") || part.length() < 3) {
        throw new IllegalArgumentException(
            where + ": segment '" + part + "' must be {name} or {name+}");
      }
      String name = part.substring(1, part.length() - 1);
      if (name.endsWith("+")) {
        if (!last) {
          throw new IllegalArgumentException(
              where + ": greedy {" + name + "} must be the last segment");
        }
        return greedy(node, name.substring(0, name.length() - 1), where);
      }
      if (node.param == null) {
        node.param = new RouteNode<>();
        node.paramName = name;
      } else if (!node.paramName.equals(name)) {
        throw new IllegalArgumentException(
            where
                + ": {"
                + name
                + "} clashes with sibling {"
                + node.paramName
                + "} at the same level; use one name for both");
      }
      return node.param;
    }

    private RouteNode<T> greedy(RouteNode<T> node, String name, String where) {
      if (node.greedy == null) {
        node.greedy = new RouteNode<>();
        node.greedyName = name;
      } else if (!node.greedyName.equals(name)) {
        throw new IllegalArgumentException(
            where
                + ": {"
                + name
                + "+} clashes with sibling {"
                + node.greedyName
                + "+}; use one name for both");
      }
      return node.greedy;
    }
  }
}
