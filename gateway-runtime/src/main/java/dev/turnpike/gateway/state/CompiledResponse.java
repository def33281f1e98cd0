package dev.turnpike.gateway.state;

import dev.turnpike.gateway.definition.IntegrationResponse;
import dev.turnpike.gateway.transform.CompiledTemplate;
import java.util.Map;
import java.util.regex.Pattern;

/** An integration response with its selection pattern and templates compiled. */
public record CompiledResponse(
    IntegrationResponse definition, Pattern selection, Map<String, CompiledTemplate> templates) {

  public CompiledResponse {
    templates = Map.copyOf(templates);
  }

  /** True when the selection pattern matches the whole status text (never for the default). */
  public boolean selects(String status) {
    return selection != null && selection.matcher(status).matches();
  }
}
