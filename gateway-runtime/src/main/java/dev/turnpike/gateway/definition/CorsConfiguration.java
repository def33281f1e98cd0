package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Locale;

/**
 * An API-level CORS configuration, Amazon's {@code x-amazon-apigateway-cors} (the HTTP API
 * extension): the gateway answers preflights itself and adds {@code Access-Control-*} headers to
 * actual responses, ignoring CORS headers the integration returns. {@code "*"} in {@code
 * allowOrigins}, {@code allowMethods} or {@code allowHeaders} allows any; {@code maxAge} is in
 * seconds (null: no {@code Access-Control-Max-Age}). Origins compare without regard to case, as
 * scheme and host do. In JSON it is the optional property {@code "cors"} of the API.
 */
public record CorsConfiguration(
    List<String> allowOrigins,
    List<String> allowMethods,
    List<String> allowHeaders,
    List<String> exposeHeaders,
    Integer maxAge,
    boolean allowCredentials) {

  public static final String ANY = "*";

  @JsonCreator
  public CorsConfiguration {
    allowOrigins = allowOrigins == null ? List.of() : List.copyOf(allowOrigins);
    allowMethods = allowMethods == null ? List.of() : List.copyOf(allowMethods);
    allowHeaders = allowHeaders == null ? List.of() : List.copyOf(allowHeaders);
    exposeHeaders = exposeHeaders == null ? List.of() : List.copyOf(exposeHeaders);
  }

  /** True when a request from {@code origin} (the Origin header's value) may read responses. */
  @JsonIgnore
  public boolean allowsOrigin(String origin) {
    return origin != null
        && allowOrigins.stream().anyMatch(o -> ANY.equals(o) || o.equalsIgnoreCase(origin));
  }

  /** True when any origin may read responses ({@code "*"} in {@code allowOrigins}). */
  @JsonIgnore
  public boolean anyOrigin() {
    return allowOrigins.contains(ANY);
  }

  /** True when a preflight may announce {@code method} (an upper-case HTTP method). */
  @JsonIgnore
  public boolean allowsMethod(String method) {
    return allowMethods.stream()
        .anyMatch(m -> ANY.equals(m) || m.toUpperCase(Locale.ROOT).equals(method));
  }
}
