package dev.turnpike.portal.application;

import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.application.Views.CreatedKey;
import dev.turnpike.portal.application.Views.PlanStageView;
import dev.turnpike.portal.application.Views.PlanView;
import dev.turnpike.portal.application.Views.TenantView;
import dev.turnpike.portal.domain.model.tenant.TenantId;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo tenant: owned by the demo API developer, with one deployed API (published to the
 * developer portal), a usage plan and a key for the demo app developer. The key is written with the
 * API's URL to {@code turnpike.demo.info-file} so the start script can print them; the database
 * keeps only its hash.
 */
@ApplicationScoped
public class DemoTenant {
  static final String DEMO_SLUG = "demo";
  static final String DEMO_OWNER = "alice@demo.turnpike.dev";
  static final String DEMO_APP_DEVELOPER = "bob@demo.turnpike.dev";
  private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());

  @Inject PortalSettings settings;
  @Inject TenantService tenants;
  @Inject ApiService apis;
  @Inject DeploymentService deployments;
  @Inject PlanService plans;
  @Inject KeyService keys;
  @Inject PublicationService publications;

  /** Creates all of it in one transaction, so a failure leaves nothing half made. */
  @Transactional
  public void create() {
    Caller owner = new Caller(DEMO_OWNER, "Demo API developer", Set.of(Caller.API_DEVELOPER));
    TenantView tenant = tenants.create(owner, "Demo Tenant", DEMO_SLUG);
    ApiView api = apis.importApi(owner, tenant.id(), demoDocument());
    deployments.deploy(owner, tenant.id(), api.id(), "prod", "Demo deployment");
    PlanView plan =
        plans.create(
            owner,
            tenant.id(),
            new PlanService.PlanRequest(
                "Demo plan",
                5.0,
                10,
                1000L,
                "DAY",
                0,
                List.of(new PlanStageView(api.id(), "prod", null)),
                null));
    publications.publish(
        owner,
        tenant.id(),
        api.id(),
        "prod",
        "The demo API: a mock ping and an echo through an HTTP proxy.",
        "# Demo API\n\nCall `GET /ping` without a key; `GET /echo/anything` needs an API key"
            + " (send it as `x-api-key`). Subscribe to the demo plan to get one.",
        List.of("demo", "mock"));
    CreatedKey key =
        keys.issue(new TenantId(tenant.id()), "Demo key", DEMO_APP_DEVELOPER, List.of(plan.id()));
    writeDemoInfo(settings.invokeUrl(api.id(), "prod"), key.value());
    LOG.info(
        "Seeded the demo tenant: API " + api.id() + " on stage prod, key " + key.key().prefix());
  }

  private String demoDocument() {
    try (InputStream in = getClass().getResourceAsStream("/demo/demo-api.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("${portalUrl}", settings.portalPublicUrl());
    } catch (IOException e) {
      throw new UncheckedIOException("The demo API document is missing from the WAR", e);
    }
  }

  private void writeDemoInfo(String invokeUrl, String key) {
    if (settings.demoInfoFile().isBlank()) {
      return;
    }
    try {
      Path file = Path.of(settings.demoInfoFile());
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, "DEMO_API_URL=" + invokeUrl + "\nDEMO_API_KEY=" + key + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write " + settings.demoInfoFile(), e);
    }
  }
}
