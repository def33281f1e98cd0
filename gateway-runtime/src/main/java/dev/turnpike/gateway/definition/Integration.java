package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The backend of one method. {@code uri} may hold path parameters ({@code {id}}, {@code {proxy}})
 * and stage variables ({@code ${stageVariables.host}}, anywhere: host, path or query), and is null
 * for MOCK. For FUNCTION it is the function's http(s) URL; an Amazon Lambda ARN ({@code
 * arn:aws:apigateway:...:lambda:path/.../invocations}) is kept as imported but cannot be invoked
 * (the method answers 500). {@code httpMethod} is the method sent to the backend (null or ANY = the
 * client's); {@code requestTemplates} are keyed by content type.
 *
 * <p>{@code passthroughBehavior} is Amazon's: {@code WHEN_NO_MATCH} (the default; a body whose
 * content type has no template passes through), {@code WHEN_NO_TEMPLATES} (passes through only when
 * there are no templates at all, else 415) or {@code NEVER} (415 without a matching template). In
 * JSON it is the optional string property {@code "passthroughBehavior"}; absent reads as
 * WHEN_NO_MATCH, and an older node ignores it.
 *
 * <p>{@code requestParameters} are Amazon's mappings for HTTP and HTTP_PROXY: keys {@code
 * integration.request.header.X}, {@code integration.request.querystring.X} or {@code
 * integration.request.path.X} (fills {@code {X}} in the uri); values {@code
 * method.request.header|querystring|path|multivalueheader|multivaluequerystring.Y}, {@code
 * stageVariables.Z}, {@code context.V} or a static {@code 'literal'}. In JSON the optional object
 * {@code "requestParameters"}; absent reads as empty (an older node ignores it).
 *
 * <p>{@code contentHandling} converts the request payload ({@link ContentHandling}); JSON optional
 * string {@code "contentHandling"}, absent = null (payloads pass as they are).
 */
public record Integration(
    IntegrationType type,
    String uri,
    String httpMethod,
    Map<String, String> requestTemplates,
    List<IntegrationResponse> responses,
    int timeoutMillis,
    String passthroughBehavior,
    Map<String, String> requestParameters,
    String contentHandling) {

  public static final String WHEN_NO_MATCH = "WHEN_NO_MATCH";
  public static final String WHEN_NO_TEMPLATES = "WHEN_NO_TEMPLATES";
  public static final String NEVER = "NEVER";

  /** Amazon API Gateway's default (and maximum) integration timeout. */
  public static final int DEFAULT_TIMEOUT_MILLIS = 29_000;

  @JsonCreator
  public Integration {
    if (type == null) {
      throw new IllegalArgumentException(
          "Integration type is required (MOCK, HTTP, HTTP_PROXY or FUNCTION)");
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
    requestParameters = requestParameters == null ? Map.of() : Map.copyOf(requestParameters);
    contentHandling = ContentHandling.normalise(contentHandling);
  }

  /** An integration without parameter mappings or content handling (the earlier shape). */
  public Integration(
      IntegrationType type,
      String uri,
      String httpMethod,
      Map<String, String> requestTemplates,
      List<IntegrationResponse> responses,
      int timeoutMillis,
      String passthroughBehavior) {
    this(
        type,
        uri,
        httpMethod,
        requestTemplates,
        responses,
        timeoutMillis,
        passthroughBehavior,
        null,
        null);
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
    return mock(responseBody, null);
  }

  /** A mock integration answering 200 with the given JSON body and response parameters. */
  public static Integration mock(String responseBody, Map<String, String> responseParameters) {
    return new Integration(
        IntegrationType.MOCK,
        null,
        null,
        Map.of("application/json", "{\"statusCode\": 200}"),
        List.of(
            new IntegrationResponse(
                null, 200, Map.of("application/json", responseBody), responseParameters)),
        0);
  }

  /** An HTTP proxy integration to {@code uri}, forwarding the client's method. */
  public static Integration httpProxy(String uri, int timeoutMillis) {
    return new Integration(IntegrationType.HTTP_PROXY, uri, "ANY", null, null, timeoutMillis);
  }

  /** A function (Lambda proxy) integration POSTing events to {@code uri}. */
  public static Integration function(String uri, int timeoutMillis) {
    return new Integration(IntegrationType.FUNCTION, uri, "POST", null, null, timeoutMillis);
  }

  /** This integration with other request parameter mappings. */
  public Integration withRequestParameters(Map<String, String> mappings) {
    return new Integration(
        type,
        uri,
        httpMethod,
        requestTemplates,
        responses,
        timeoutMillis,
        passthroughBehavior,
        mappings,
        contentHandling);
  }
}
