package dev.turnpike.gateway.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One of Amazon's integration request parameter mappings, parsed once per deployment: {@code
 * integration.request.{header|querystring|path}.NAME} ({@code target}, {@code name}) from {@code
 * source} with {@code key}: {@code LITERAL} (a {@code 'static'} value, also what {@code
 * stageVariables.Z} resolves to here, since a deployment's variables are frozen), {@code HEADER},
 * {@code QUERYSTRING}, {@code PATH}, {@code MULTIVALUEHEADER}, {@code MULTIVALUEQUERYSTRING} (the
 * method request's parameter named {@code key}) or {@code CONTEXT} ({@code key} a dotted {@code
 * $context} name such as {@code identity.sourceIp}).
 */
public record ParameterMapping(Target target, String name, Source source, String key) {

  /** Where the value goes in the integration request. */
  public enum Target {
    HEADER,
    QUERYSTRING,
    PATH
  }

  /** Where the value comes from. */
  public enum Source {
    LITERAL,
    HEADER,
    QUERYSTRING,
    PATH,
    MULTIVALUEHEADER,
    MULTIVALUEQUERYSTRING,
    CONTEXT
  }

  /** A known Amazon source this gateway does not map (the request body); import warns, drops it. */
  public static final class UnsupportedSourceException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    UnsupportedSourceException(String message) {
      super(message);
    }
  }

  /** The {@code $context} variables a mapping may read. */
  public static final Set<String> CONTEXT_VARIABLES =
      Set.of(
          "requestId",
          "extendedRequestId",
          "apiId",
          "stage",
          "httpMethod",
          "path",
          "resourcePath",
          "resourceId",
          "accountId",
          "deploymentId",
          "requestTime",
          "requestTimeEpoch",
          "protocol",
          "domainName",
          "identity.sourceIp",
          "identity.userAgent",
          "identity.apiKey",
          "identity.apiKeyId");

  private static final Pattern TARGET =
      Pattern.compile("integration\\.request\\.(header|querystring|path)\\.(.+)");
  private static final Pattern METHOD_SOURCE =
      Pattern.compile(
          "method\\.request\\.(header|querystring|path|multivalueheader|multivaluequerystring)\\.(.+)");

  /**
   * Parses one mapping; throws {@link IllegalArgumentException} naming the fix ({@link
   * UnsupportedSourceException} for a body source). A stage variable that is not defined resolves
   * to null: the parameter is left out, as Amazon sends nothing for it.
   */
  public static ParameterMapping parse(String to, String from, Map<String, String> stageVariables) {
    Matcher target = TARGET.matcher(to == null ? "" : to);
    if (!target.matches()) {
      throw new IllegalArgumentException(
          "'"
              + to
              + "' is not a request parameter target; use integration.request.header.NAME,"
              + " integration.request.querystring.NAME or integration.request.path.NAME");
    }
    Target where = Target.valueOf(target.group(1).toUpperCase(java.util.Locale.ROOT));
    return new ParameterMapping(
        where, target.group(2), source(to, from), key(from, stageVariables));
  }

  /** Parses all mappings of an integration, in a stable order. */
  public static List<ParameterMapping> parseAll(
      Map<String, String> mappings, Map<String, String> stageVariables) {
    List<ParameterMapping> parsed = new ArrayList<>();
    new java.util.TreeMap<>(mappings)
        .forEach((to, from) -> parsed.add(parse(to, from, stageVariables)));
    return List.copyOf(parsed);
  }

  private static Source source(String to, String from) {
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("'" + to + "' maps from nothing; give a source");
    }
    if (StaticValues.isStatic(from) || from.startsWith("stageVariables.")) {
      return Source.LITERAL;
    }
    Matcher method = METHOD_SOURCE.matcher(from);
    if (method.matches()) {
      return Source.valueOf(method.group(1).toUpperCase(java.util.Locale.ROOT));
    }
    if (from.startsWith("context.") && CONTEXT_VARIABLES.contains(from.substring(8))) {
      return Source.CONTEXT;
    }
    if (from.startsWith("method.request.body")) {
      throw new UnsupportedSourceException(
          "'" + to + "' maps from the request body ('" + from + "'), which is not supported yet");
    }
    throw new IllegalArgumentException(
        "'"
            + to
            + "' maps from unknown source '"
            + from
            + "'; use method.request.header|querystring|path|multivalueheader|"
            + "multivaluequerystring.NAME, stageVariables.NAME, context."
            + String.join("|", new java.util.TreeSet<>(CONTEXT_VARIABLES))
            + " or a 'quoted literal'");
  }

  private static String key(String from, Map<String, String> stageVariables) {
    if (StaticValues.isStatic(from)) {
      return StaticValues.unquote(from);
    }
    if (from.startsWith("stageVariables.")) {
      return stageVariables.get(from.substring("stageVariables.".length()));
    }
    if (from.startsWith("context.")) {
      return from.substring("context.".length());
    }
    return from.substring(from.indexOf('.', "method.request.".length()) + 1);
  }
}
