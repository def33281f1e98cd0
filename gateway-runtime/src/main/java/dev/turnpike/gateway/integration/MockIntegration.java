package dev.turnpike.gateway.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.gateway.error.GatewayError;
import dev.turnpike.gateway.pipeline.RequestContext;
import dev.turnpike.gateway.pipeline.StageResult;
import dev.turnpike.gateway.state.CompiledMethod;
import dev.turnpike.gateway.state.CompiledResponse;
import dev.turnpike.gateway.state.RequestMapping;
import dev.turnpike.gateway.transform.TemplateVariables;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import java.util.Optional;

/**
 * Answers without a backend, as Amazon's MOCK does: the request template (for the request's content
 * type, {@code application/json} by default) yields {@code {"statusCode": N}}; the integration
 * response selected by N gives the status and body.
 */
final class MockIntegration {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxBodyBytes;

  MockIntegration(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  Future<StageResult> invoke(RequestContext context) {
    return WholeBody.then(context, maxBodyBytes, body -> answer(context, body.text()));
  }

  private Future<StageResult> answer(RequestContext context, String body) {
    CompiledMethod method = context.method();
    TemplateVariables variables = MappingVariables.forRequest(context, body);
    RequestMapping mapping = method.requestMapping(context.request().getHeader("Content-Type"));
    if (mapping.unsupported()) {
      return Future.succeededFuture(StageResult.refuse(GatewayError.UNSUPPORTED_MEDIA_TYPE));
    }
    String rendered = mapping.template() == null ? null : mapping.template().render(variables);
    context.trace().add("mock request template", rendered == null ? "(none: 200)" : rendered);
    int status = rendered == null ? 200 : statusCode(method, rendered);
    Optional<CompiledResponse> selected = method.selectResponse(status);
    if (selected.isEmpty() && !method.responses().isEmpty()) {
      throw new IllegalStateException(
          method.definition().methodKey()
              + ": no integration response matches status "
              + status
              + "; add a default response (empty selection pattern)");
    }
    MappedResponse mapped =
        ResponseMapper.map(
            context,
            selected.orElse(null),
            status,
            MultiMap.caseInsensitiveMultiMap(),
            io.vertx.core.buffer.Buffer.buffer());
    return Replies.send(context, mapped);
  }

  private static int statusCode(CompiledMethod method, String rendered) {
    try {
      JsonNode node = JSON.readTree(rendered);
      JsonNode code = node == null ? null : node.get("statusCode");
      return code == null ? 200 : code.asInt(200);
    } catch (Exception e) {
      throw new IllegalStateException(
          method.definition().methodKey()
              + ": the MOCK request template must render JSON like {\"statusCode\": 200}, got: "
              + rendered,
          e);
    }
  }
}
