package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Finds the tenant a {@code --tenant} names, by id or by slug, among the caller's tenants. */
final class Tenants {
  private Tenants() {}

  /** The tenant's id, ready for a URL path; an unknown name lists the ones the caller has. */
  static String resolve(ManagementClient client, CliArgs args) {
    String wanted =
        args.required("tenant", "which tenant (its id or slug; 'turnpike tenants' lists them)");
    JsonNode mine = client.get("/tenants");
    List<String> known = new ArrayList<>();
    for (JsonNode tenant : mine) {
      String id = tenant.path("id").asText();
      if (wanted.equals(id) || wanted.equals(tenant.path("slug").asText())) {
        return segment(id);
      }
      known.add(tenant.path("slug").asText());
    }
    throw CliException.refused(
        "no tenant '"
            + wanted
            + "' among yours"
            + (known.isEmpty() ? " (you have none; 'turnpike tenants create')" : ": " + known));
  }

  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
