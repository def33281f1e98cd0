package dev.turnpike.gateway.route;

import java.util.Map;

/** A matched method and its URL-decoded path parameters ({@code proxy} for {@code {proxy+}}). */
public record RouteMatch<T>(T target, Map<String, String> pathParameters) {
  public RouteMatch {
    pathParameters = Map.copyOf(pathParameters);
  }
}
