package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backend of one method. {@code uri} may hold path parameters ({@code {id}}, {@code {proxy}})
 * and is null for MOCK; {@code httpMethod} is the method sent to the backend (null or ANY = the
 * client's); {@code requestTemplates} are keyed by content type.
 *
 * <p>{@code passthroughBehavior} is Amazon's: {@code WHEN_NO_MATCH} (the default; a body whose
 * content type has no template passes through), {@code WHEN_NO_TEMPLATES} (passes through only when
 * there are no templates at all, else 415) or {@code NEVER} (415 without a matching template). In
 * JSON it is the optional string property {@code "passthroughBehavior"}; absent reads as
 * WHEN_NO_MATCH, and an older node ignores it.
 */
public record Integration(
    IntegrationType type,
    String uri,
    String httpMethod,
    Map<String, String> requestTemplates,
    List<IntegrationResponse> responses,
    int timeoutMillis,
    String passthroughBehavior) {

  public static final String WHEN_NO_MATCH = "WHEN_NO_MATCH";
  public static final String WHEN_NO_TEMPLATES = "WHEN_NO_TEMPLATES";
  public static final String NEVER = "NEVER";

  /** Amazon API Gateway's default (and maximum) integration timeout. */
  public static final int DEFAULT_TIMEOUT_MILLIS = 29_000;

  @JsonCreator
  public Integration {
    if (type == null) {
      throw new IllegalArgumentException("Integration type is required (MOCK, HTTP or HTTP_PROXY)");
    }
    requestTemplates = requestTemplates == null ? Map.of() : Map.copyOf(requestTemplates);
    responses = responses == null ? List.of() : List.copyOf(responses);
    timeoutMillis = timeoutMillis <= 0 ? DEFAULT_TIMEOUT_MILLIS : timeoutMillis;
    passthroughBehavior =
        passthroughBehavior == null || passthroughBehavior.isBlank()
            ? WHEN_NO_MATCH
            : passthroughBehavior.trim().toUpperCase(Locale.ROOT);
    if (!List.of(WHEN_NO_MATCH, WHEN_NO_TEMPLATES, NEVER).contains(passthroughBehavior)) {
      throw new IllegalArgumentException(
          "passthroughBehavior must be WHEN_NO_MATCH, WHEN_NO_TEMPLATES or NEVER, got '"
              + passthroughBehavior
              + "'");
    }
  }

  /** An integration passing unmatched bodies through (the shape before the field existed). */
  public Integration(
      IntegrationType type,
      String uri,
      String httpMethod,
      Map<String, String> requestTemplates,
      List<IntegrationResponse> responses,
      int timeoutMillis) {
    this(type, uri, httpMethod, requestTemplates, responses, timeoutMillis, WHEN_NO_MATCH);
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
