package dev.turnpike.gateway.state;

import dev.turnpike.gateway.transform.CompiledTemplate;
import java.util.Map;

/**
 * A customised gateway response ready to use: the status override (null keeps the error's), the
 * header mappings as Amazon writes them (a static {@code 'value'}, {@code
 * method.request.header|querystring|path.NAME}, {@code stageVariables.NAME} or {@code
 * context.NAME}), and the compiled {@code application/json} template (null keeps {@code
 * {"message"}}).
 */
public record CompiledGatewayResponse(
    Integer statusCode, Map<String, String> headers, CompiledTemplate jsonTemplate) {

  public CompiledGatewayResponse {
    headers = Map.copyOf(headers);
  }
}
