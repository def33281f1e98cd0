package dev.turnpike.gateway.state;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An integration's uri made ready once per deployment: {@code ${stageVariables.name}} references
 * (in host, path or query) replaced by the stage's values, path parameters ({@code {id}}) left for
 * each request. A stage's variables are frozen in its deployment, so resolving them here gives the
 * same result as per request, without the per-request work.
 *
 * <p>When the uri cannot be called, {@code problem} says why (an undefined variable, a value with
 * characters Amazon does not allow, a result that is no absolute http(s) URL, an AWS Lambda ARN):
 * the snapshot is still served, and the method answers 500 {@code Internal server error} with that
 * line in the log, as Amazon does for a stage that lacks a variable.
 */
public record BackendTarget(String template, String problem) {

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{stageVariables\\.([^}]*)}");

  /** Amazon's allowed stage variable value characters when used in an integration uri. */
  private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9\\-._~:/?#&=,]*");

  private static final Pattern ABSOLUTE = Pattern.compile("(?i)https?://[^/?#]+.*");

  /** True when requests can be sent to {@link #template()}. */
  public boolean usable() {
    return problem == null;
  }

  /** True when the uri holds stage variables (which are checked here, not at import). */
  public static boolean usesStageVariables(String uri) {
    return uri != null && uri.contains("${stageVariables.");
  }

  /** True for an Amazon Lambda invocation ARN, which a self-hosted gateway cannot call. */
  public static boolean isLambdaArn(String uri) {
    return uri != null && uri.startsWith("arn:");
  }

  /** Resolves {@code uri} against a stage's variables. */
  public static BackendTarget resolve(String uri, String stage, Map<String, String> variables) {
    if (isLambdaArn(uri)) {
      return failed(
          "uri '"
              + uri
              + "' is an AWS Lambda ARN, which this gateway cannot invoke; give the function's"
              + " http(s) URL instead (for example ${stageVariables.functionUrl} and set that"
              + " stage variable)");
    }
    Matcher matcher = VARIABLE.matcher(uri);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String name = matcher.group(1);
      String value = variables.get(name);
      if (value == null) {
        return failed(
            "stage variable '"
                + name
                + "' used in uri '"
                + uri
                + "' is not defined on stage '"
                + stage
                + "'; define it or change the uri");
      }
      if (!URL_SAFE.matcher(value).matches()) {
        return failed(
            "stage variable '"
                + name
                + "' used in uri '"
                + uri
                + "' has characters not allowed in a URI (allowed: letters, digits and"
                + " -._~:/?#&=,)");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    matcher.appendTail(out);
    String resolved = out.toString();
    String invalid = invalid(resolved);
    if (invalid != null) {
      return failed(
          "uri '" + uri + "' resolves to '" + resolved + "', " + invalid + naming(uri) + "");
    }
    return new BackendTarget(resolved, null);
  }

  private static String invalid(String resolved) {
    if (!ABSOLUTE.matcher(resolved).matches()) {
      return "which is not an absolute http(s) URL";
    }
    try {
      // Path parameters are filled per request; stand-ins keep the shape parseable.
      URI parsed = new URI(resolved.replaceAll("\\{[^}/]*}", "p"));
      if (parsed.getHost() == null) {
        return "which has no valid host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "which is not a valid URI (" + e.getReason() + ")";
    }
  }

  private static String naming(String uri) {
    Matcher matcher = VARIABLE.matcher(uri);
    StringBuilder names = new StringBuilder();
    while (matcher.find()) {
      names.append(names.length() == 0 ? "" : ", ").append(matcher.group(1));
    }
    return names.length() == 0 ? "" : " (check stage variable(s) " + names + ")";
  }

  private static BackendTarget failed(String problem) {
    return new BackendTarget(null, problem);
  }
}
