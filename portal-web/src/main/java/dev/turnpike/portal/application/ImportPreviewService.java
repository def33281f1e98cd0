package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.Integration;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.gateway.openapi.ImportProblem;
import dev.turnpike.gateway.openapi.ImportResult;
import dev.turnpike.gateway.openapi.OpenApiImporter;
import dev.turnpike.portal.application.ImportPreview.MethodRow;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.domain.model.api.Api;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.domain.model.tenant.TenantRole;
import dev.turnpike.portal.infrastructure.fetch.DocumentFetcher;
import dev.turnpike.portal.infrastructure.persistence.JpaApiRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shows what an import would do without doing it: the document is parsed by the same importer
 * {@link ApiService} uses, and compared with the draft it would replace. Nothing is written; the
 * import itself stays {@link ApiService#importApi} or {@link ApiService#replaceDraft}, each one
 * transaction.
 */
@ApplicationScoped
@Transactional
public class ImportPreviewService {
  @Inject TenantAccess access;
  @Inject JpaApiRepository apis;
  @Inject ApiService apiService;
  @Inject DocumentFetcher fetcher;

  /** The document at {@code url}, fetched server-side (publishers only: it costs a request). */
  public String fetch(Caller caller, String tenantId, String url) {
    access.require(caller, tenantId, TenantRole.PUBLISHER);
    return fetcher.fetch(url);
  }

  /**
   * What importing {@code document} would do: as a new API when {@code replacingApiId} is null,
   * else as the new draft of that API.
   */
  public ImportPreview preview(
      Caller caller, String tenantId, String document, String replacingApiId) {
    TenantId tenant = access.require(caller, tenantId, TenantRole.PUBLISHER);
    Api existing =
        replacingApiId == null || replacingApiId.isBlank()
            ? null
            : apis.find(tenant, replacingApiId)
                .orElseThrow(() -> PortalException.notFound("API", replacingApiId));
    if (document == null || document.isBlank()) {
      throw PortalException.badInput("document", "it is empty; upload a file or give a URL.");
    }
    if (document.length() > ApiService.MAX_DOCUMENT_CHARS) {
      throw PortalException.badInput("document", "it is over 5 MB; split the API.");
    }
    ImportResult result = new OpenApiImporter().importDocument(document);
    List<Detail> errors = details(result.errors());
    ApiDefinition definition = result.definition();
    if (!errors.isEmpty() || definition == null) {
      String why = errors.size() + " error(s) in the document; fix them and preview again.";
      return new ImportPreview(
          null,
          null,
          List.of(),
          details(result.warnings()),
          errors,
          replacingApiId,
          List.of(),
          List.of(),
          List.of(),
          why);
    }
    Map<String, MethodDefinition> after = byKey(definition);
    Map<String, MethodDefinition> before =
        existing == null ? Map.of() : byKey(apiService.definitionOf(existing));
    List<String> added = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    after.forEach(
        (key, method) -> {
          if (!before.containsKey(key)) {
            added.add(key);
          } else if (!before.get(key).equals(method)) {
            changed.add(key);
          }
        });
    List<String> removed = before.keySet().stream().filter(key -> !after.containsKey(key)).toList();
    return new ImportPreview(
        definition.name(),
        definition.version(),
        definition.methods().stream().map(ImportPreviewService::row).toList(),
        details(result.warnings()),
        List.of(),
        existing == null ? null : existing.id(),
        existing == null ? List.copyOf(after.keySet()) : added,
        removed,
        changed,
        existing == null ? nameTaken(tenant, definition.name()) : null);
  }

  private String nameTaken(TenantId tenant, String name) {
    return apis.list(tenant).stream().anyMatch(a -> a.name().equals(name))
        ? "An API named '" + name + "' already exists; re-import over it, or rename info.title."
        : null;
  }

  private static Map<String, MethodDefinition> byKey(ApiDefinition definition) {
    Map<String, MethodDefinition> map = new LinkedHashMap<>();
    definition.methods().forEach(m -> map.put(m.methodKey(), m));
    return map;
  }

  private static MethodRow row(MethodDefinition method) {
    Integration integration = method.integration();
    String target =
        switch (integration.type()) {
          case MOCK -> "answered by the gateway";
          case HTTP, HTTP_PROXY ->
              (integration.httpMethod() == null || "ANY".equals(integration.httpMethod())
                      ? ""
                      : integration.httpMethod() + " ")
                  + integration.uri();
          case FUNCTION -> integration.uri();
        };
    return new MethodRow(
        method.methodKey(), integration.type() + " · " + target, method.apiKeyRequired());
  }

  private static List<Detail> details(List<ImportProblem> problems) {
    return problems.stream().map(p -> new Detail(p.pointer(), p.message())).toList();
  }
}
