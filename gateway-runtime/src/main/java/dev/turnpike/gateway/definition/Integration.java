package dev.turnpike.gateway.definition;

import java.util.List;
import java.util.Map;

/**
 * The backend of one method. {@code uri} may hold path parameters ({@code {id}}, {@code {proxy}})
 * and is null for MOCK; {@code httpMethod} is the method sent to the backend (null or ANY = the
 * client's); {@code requestTemplates} are keyed by content type.
 */
public record Integration(
    IntegrationType type,
    String uri,
    String httpMethod,
    Map<String, String> requestTemplates,
    List<IntegrationResponse> responses,
    int timeoutMillis) {

  /** Amazon API Gateway's default (and maximum) integration timeout. */
  public static final int DEFAULT_TIMEOUT_MILLIS = 29_000;

  public Integration {
    if (type == null) {
      throw new IllegalArgumentException("Integration type is required (MOCK, HTTP or HTTP_PROXY)");
    }
    requestTemplates = requestTemplates == null ? Map.of() : Map.copyOf(requestTemplates);
    responses = responses == null ? List.of() : List.copyOf(responses);
    timeoutMillis = timeoutMillis <= 0 ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
  }

  /** A mock integration answering 200 with the given JSON body. */
  public static Integration mock(String responseBody) {
    return new Integration(
        IntegrationType.MOCK,
        null,
        null,
        Map.of("application/json", "{\"statusCode\": 200}"),
        List.of(new IntegrationResponse(null, 200, Map.of("application/json", responseBody), null)),
        0);
  }

  /** An HTTP proxy integration to {@code uri}, forwarding the client's method. */
  public static Integration httpProxy(String uri, int timeoutMillis) {
    return new Integration(IntegrationType.HTTP_PROXY, uri, "ANY", null, null, timeoutMillis);
  }
}
