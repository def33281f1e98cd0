package dev.turnpike.portal.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every tenant operation of the management API, read from the document the portal serves (so a new
 * endpoint is swept the day it is documented), tried three ways against two tenants that each hold
 * one of everything: by the owner of A with B's tenant and ids (404, nothing of B in the answer, B
 * unchanged), by the owner of A with A's tenant and B's object ids (404), and by each role of A
 * below the operation's {@code x-turnpike-minimum-role} (403) and at or above it (never 403).
 * Failures are collected so one run lists every leak.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationSweepIT {
  private static final List<String> ROLES = List.of("VIEWER", "PUBLISHER", "ADMIN", "OWNER");

  private TestEnvironment env;
  private PetsBackend backend;
  private List<ManagementOperation> operations;
  private SweepTenant a;
  private SweepTenant b;
  private Management aliceOwnsA;
  private Management carolOwnsB;

  @BeforeAll
  void start() {
    env = TestEnvironment.get();
    backend = new PetsBackend();
    ManagementApi bob = new ManagementApi(env, "bob");
    a = SweepTenant.create(new ManagementApi(env, "alice"), bob, backend, "iso-a");
    b = SweepTenant.create(new ManagementApi(env, "carol"), bob, backend, "iso-b");
    aliceOwnsA = Management.as(env, "alice");
    carolOwnsB = Management.as(env, "carol");
    operations =
        ManagementOperation.readAll(
            Http.get(env.portal.url() + "/management/v1/openapi.yaml").body());
    assertThat(operations).as("tenant operations in the served document").hasSizeGreaterThan(40);
  }

  @AfterAll
  void stop() {
    if (backend != null) {
      backend.close();
    }
  }

  @Test
  void the_owner_of_one_tenant_finds_nothing_of_another_and_changes_nothing() {
    Map<String, String> before = readEverything(carolOwnsB, b);
    List<String> failures = new ArrayList<>();
    for (ManagementOperation op : operations) {
      if (op.minimumRole().equals("SIGNED_IN")) {
        continue; // open to every signed-in developer by design; covered by the next test
      }
      HttpResponse<String> answer = call(aliceOwnsA, op, b.ids());
      if (answer.statusCode() != 404) {
        failures.add(op + " with tenant B's ids: " + answer.statusCode() + " " + answer.body());
      } else if (b.secrets().stream().anyMatch(answer.body()::contains)) {
        failures.add(op + " answered with something of tenant B: " + answer.body());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(readEverything(carolOwnsB, b)).as("tenant B after the sweep").isEqualTo(before);
  }

  @Test
  void another_tenants_object_ids_are_not_found_inside_ones_own_tenant() {
    List<String> failures = new ArrayList<>();
    for (ManagementOperation op : operations) {
      if (!op.hasObjectParameters()) {
        continue;
      }
      Map<String, String> mixed = new LinkedHashMap<>(b.ids());
      mixed.put("tenantId", a.ids().get("tenantId"));
      HttpResponse<String> answer = call(aliceOwnsA, op, mixed);
      if (answer.statusCode() != 404) {
        failures.add(op + " with B's ids in A: " + answer.statusCode() + " " + answer.body());
      }
    }
    assertThat(failures).isEmpty();
  }

  @Test
  void one_developers_subscriptions_are_not_found_by_another() {
    String document = Http.get(env.portal.url() + "/management/v1/openapi.yaml").body();
    List<ManagementOperation> mine =
        ManagementOperation.readAll(document, "/me/subscriptions/{subscriptionId}");
    assertThat(mine).as("operations on one's own subscription").isNotEmpty();
    List<String> failures = new ArrayList<>();
    for (ManagementOperation op : mine) {
      // bob's subscription in B, asked for by alice.
      HttpResponse<String> answer = call(aliceOwnsA, op, b.ids());
      if (answer.statusCode() != 404) {
        failures.add(op + " on bob's subscription: " + answer.statusCode() + " " + answer.body());
      }
    }
    assertThat(failures).isEmpty();
    assertThat(Management.ok(aliceOwnsA.get("/me/subscriptions"), 200).toString())
        .doesNotContain(b.ids().get("subscriptionId"));
  }

  @Test
  void each_role_is_refused_exactly_what_lies_above_it() {
    Map<String, Management> callers = new LinkedHashMap<>();
    Members.add(a.ids().get("tenantId"), "carol@demo.turnpike.dev", "VIEWER");
    callers.put("VIEWER", carolOwnsB);
    callers.put("PUBLISHER", aliceOwnsA.withToken(token("PUBLISHER")));
    callers.put("ADMIN", aliceOwnsA.withToken(token("ADMIN")));
    callers.put("OWNER", aliceOwnsA);
    List<String> failures = new ArrayList<>();
    for (ManagementOperation op : operations) {
      if (op.minimumRole().equals("SIGNED_IN")) {
        continue;
      }
      int needed = ROLES.indexOf(op.minimumRole());
      callers.forEach(
          (role, caller) -> {
            String refusal = refusalFor(op, caller, ROLES.indexOf(role) >= needed);
            if (refusal != null) {
              failures.add(role + " " + refusal);
            }
          });
    }
    assertThat(failures).isEmpty();
  }

  /**
   * A caller below the minimum gets 403 on the tenant's own objects (a 403 proves the route
   * matched). A caller at or above it is tried on another tenant's object ids, so nothing real is
   * changed: that must be 404, not 403; an operation without object ids must not be 403 or 5xx.
   */
  private String refusalFor(ManagementOperation op, Management caller, boolean allowed) {
    if (!allowed) {
      HttpResponse<String> answer = call(caller, op, a.ids());
      return answer.statusCode() == 403 ? null : op + " not refused: " + answer.statusCode();
    }
    Map<String, String> ids = new LinkedHashMap<>(op.hasObjectParameters() ? b.ids() : a.ids());
    ids.put("tenantId", a.ids().get("tenantId"));
    HttpResponse<String> answer = call(caller, op, ids);
    int status = answer.statusCode();
    boolean ok = op.hasObjectParameters() ? status == 404 : status != 403 && status < 500;
    return ok ? null : op + " allowed yet answered " + status + " " + answer.body();
  }

  /** Every readable operation of the tenant, as its owner sees it; each must answer 200. */
  private Map<String, String> readEverything(Management owner, SweepTenant tenant) {
    Map<String, String> bodies = new LinkedHashMap<>();
    for (ManagementOperation op : operations) {
      // Analytics and usage are computed over windows that end "now"; nothing here sends traffic.
      if (op.method().equals("GET") && !op.path().contains("analytics")) {
        HttpResponse<String> answer = call(owner, op, tenant.ids());
        assertThat(answer.statusCode()).as(op + " for its owner: " + answer.body()).isEqualTo(200);
        if (!op.path().endsWith("/usage")) {
          bodies.put(op.toString(), answer.body());
        }
      }
    }
    return bodies;
  }

  private HttpResponse<String> call(
      Management caller, ManagementOperation op, Map<String, String> ids) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(caller.base() + op.fill(ids)))
            .timeout(Duration.ofSeconds(60))
            .header("Authorization", "Bearer " + caller.bearer());
    if (op.bodyType() == null) {
      request.method(op.method(), HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", op.bodyType())
          .method(op.method(), HttpRequest.BodyPublishers.ofString(op.body()));
    }
    return Http.send(request.build());
  }

  /** A personal access token of A's owner acting with a smaller role. */
  private String token(String role) {
    return Management.ok(
            aliceOwnsA.post(
                "/tenants/" + a.ids().get("tenantId") + "/tokens",
                "{\"name\":\"sweep " + role + "\",\"role\":\"" + role + "\"}"),
            201)
        .get("value")
        .asText();
  }
}
