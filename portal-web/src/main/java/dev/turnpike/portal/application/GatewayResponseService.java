package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.GatewayResponse;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.domain.model.api.Api;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * An API's own gateway responses (Amazon's gateway response types: DEFAULT_4XX, THROTTLED,
 * INVALID_API_KEY, ...): status code, static response headers and body templates, overriding what
 * the gateway answers on its own. Templates are compiled by the gateway's engine before they are
 * stored.
 */
@ApplicationScoped
@Transactional
public class GatewayResponseService {
  /** One override as shown and sent; headers are plain values (stored as Amazon's 'value'). */
  public record GatewayResponseView(
      String type,
      Integer statusCode,
      Map<String, String> headers,
      Map<String, String> templates) {}

  /** The types an API may override, and the overrides it has. */
  public record GatewayResponses(List<String> types, List<GatewayResponseView> responses) {}

  private static final String HEADER_KEY = "gatewayresponse.header.";
  private static final Pattern HEADER = Pattern.compile("[A-Za-z0-9!#$%&*+.^_`|~-]{1,128}");

  private final TemplateEngine engine = new TemplateEngine();

  @Inject DraftEditor drafts;

  public Tagged<GatewayResponses> list(Caller caller, String tenantId, String apiId) {
    Api api = drafts.readable(caller, tenantId, apiId);
    return new Tagged<>(view(drafts.definition(api)), api.version());
  }

  public Tagged<GatewayResponses> put(
      Caller caller, String tenantId, String apiId, String type, GatewayResponseView input) {
    Api api = drafts.writable(caller, tenantId, apiId);
    String key = type(type);
    if (input == null) {
      throw PortalException.badInput("statusCode", "send {statusCode, headers, templates}.");
    }
    Integer status = input.statusCode();
    if (status != null && (status < 100 || status > 599)) {
      throw PortalException.badInput(
          "statusCode", status + " is not an HTTP status code from 100 to 599.");
    }
    Map<String, String> parameters = headers(input.headers());
    Map<String, String> templates =
        TemplateChecks.checked(
            engine, "Gateway response " + key + " template", "templates", input.templates());
    ApiDefinition draft = drafts.definition(api);
    Map<String, GatewayResponse> responses = new TreeMap<>(draft.gatewayResponses());
    responses.put(key, new GatewayResponse(status, parameters, templates));
    ApiDefinition updated = DraftEditor.withGatewayResponses(draft, responses);
    drafts.save(api, updated, null);
    return new Tagged<>(view(updated), api.version());
  }

  public Tagged<GatewayResponses> delete(
      Caller caller, String tenantId, String apiId, String type) {
    Api api = drafts.writable(caller, tenantId, apiId);
    String key = type(type);
    ApiDefinition draft = drafts.definition(api);
    if (!draft.gatewayResponses().containsKey(key)) {
      throw PortalException.notFound("Gateway response", key);
    }
    Map<String, GatewayResponse> responses = new TreeMap<>(draft.gatewayResponses());
    responses.remove(key);
    ApiDefinition updated = DraftEditor.withGatewayResponses(draft, responses);
    drafts.save(api, updated, null);
    return new Tagged<>(view(updated), api.version());
  }

  private static String type(String given) {
    String key = given == null ? "" : given.trim().toUpperCase(Locale.ROOT);
    if (!OpenApiImporter.RESPONSE_TYPES.contains(key)) {
      throw PortalException.badInput(
          "type", "'" + given + "' is not one of " + new TreeSet<>(OpenApiImporter.RESPONSE_TYPES));
    }
    return key;
  }

  private static Map<String, String> headers(Map<String, String> given) {
    Map<String, String> result = new TreeMap<>();
    if (given == null) {
      return result;
    }
    given.forEach(
        (name, value) -> {
          String header = name == null ? "" : name.trim();
          if (!HEADER.matcher(header).matches()) {
            throw PortalException.badInput(
                "headers." + header, "'" + header + "' is not an HTTP header name.");
          }
          String text = value == null ? "" : value;
          if (text.contains("'") || text.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw PortalException.badInput(
                "headers." + header, "a header value may not hold quotes or control characters.");
          }
          result.put(HEADER_KEY + header, "'" + text + "'");
        });
    return result;
  }

  private static GatewayResponses view(ApiDefinition draft) {
    List<GatewayResponseView> responses =
        new TreeMap<>(draft.gatewayResponses())
            .entrySet().stream()
                .map(
                    e -> {
                      Map<String, String> headers = new TreeMap<>();
                      e.getValue()
                          .responseParameters()
                          .forEach(
                              (k, v) ->
                                  headers.put(
                                      k.startsWith(HEADER_KEY)
                                          ? k.substring(HEADER_KEY.length())
                                          : k,
                                      v.length() >= 2 && v.startsWith("'") && v.endsWith("'")
                                          ? v.substring(1, v.length() - 1)
                                          : v));
                      return new GatewayResponseView(
                          e.getKey(),
                          e.getValue().statusCode(),
                          headers,
                          new TreeMap<>(e.getValue().responseTemplates()));
                    })
                .toList();
    return new GatewayResponses(
        new TreeSet<>(OpenApiImporter.RESPONSE_TYPES).stream().toList(), responses);
  }
}
