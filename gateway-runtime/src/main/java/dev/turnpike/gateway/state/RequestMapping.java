package dev.turnpike.gateway.state;

import dev.turnpike.gateway.transform.CompiledTemplate;

/**
 * How a request body reaches the integration: through {@code template}, passed through as it came
 * ({@code template} null), or refused as an unsupported media type (415).
 */
public record RequestMapping(CompiledTemplate template, boolean unsupported) {

  public static final RequestMapping PASSTHROUGH = new RequestMapping(null, false);
  public static final RequestMapping UNSUPPORTED = new RequestMapping(null, true);

  static RequestMapping render(CompiledTemplate template) {
    return new RequestMapping(template, false);
  }
}
