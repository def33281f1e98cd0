package dev.turnpike.gateway.route;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** One resource path segment of a {@link RouteTable}; mutable only while the table is built. */
final class RouteNode<T> {

  final Map<String, RouteNode<T>> statics = new HashMap<>();
  final Map<String, T> methods = new HashMap<>();
  RouteNode<T> param;
  String paramName;
  RouteNode<T> greedy;
  String greedyName;

  /** Finds the method for {@code segments[index..]}: static, then {param}, then {proxy+}. */
  RouteMatch<T> match(String method, List<String> segments, int index, Map<String, String> params) {
    if (index == segments.size()) {
      T target = methods.containsKey(method) ? methods.get(method) : methods.get("ANY");
      return target == null ? null : new RouteMatch<>(target, params);
    }
    String segment = segments.get(index);
    RouteNode<T> child = statics.get(segment);
    if (child != null) {
      RouteMatch<T> found = child.match(method, segments, index + 1, params);
      if (found != null) {
        return found;
      }
    }
    if (param != null) {
      Map<String, String> withParam = new HashMap<>(params);
      withParam.put(paramName, segment);
      RouteMatch<T> found = param.match(method, segments, index + 1, withParam);
      if (found != null) {
        return found;
      }
    }
    if (greedy != null) {
      Map<String, String> withRest = new HashMap<>(params);
      withRest.put(greedyName, String.join("/", segments.subList(index, segments.size())));
      return greedy.match(method, segments, segments.size(), withRest);
    }
    return null;
  }
}
