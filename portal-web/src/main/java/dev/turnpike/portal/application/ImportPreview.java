package dev.turnpike.portal.application;

import dev.turnpike.portal.application.PortalException.Detail;
import java.util.List;

/**
 * What importing a document would do, before anything is stored: the API it describes, its methods
 * and integrations, warnings and errors (each at a JSON pointer), and, when it replaces an existing
 * API's draft, which methods it adds, removes and changes. {@code blocked} says why "Import" would
 * be refused (null when it would succeed).
 */
public record ImportPreview(
    String name,
    String version,
    List<MethodRow> methods,
    List<Detail> warnings,
    List<Detail> errors,
    String replacingApiId,
    List<String> added,
    List<String> removed,
    List<String> changed,
    String blocked) {

  /** One method: "GET /pets", its integration ("HTTP GET https://…"), whether a key is needed. */
  public record MethodRow(String method, String integration, boolean apiKeyRequired) {}

  public boolean importable() {
    return blocked == null;
  }

  public boolean update() {
    return replacingApiId != null;
  }
}
