package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.turnpike.portal.domain.model.tenant.TenantRole;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The inputs and rules of members and access tokens that need no server. */
class AccessInputsTest {
  @Test
  void e_mails_are_checked_like_a_browser_does_and_lower_cased() {
    assertThat(Inputs.email("email", " Dana.X+ci@Example.ORG ")).isEqualTo("dana.x+ci@example.org");
    for (String bad :
        new String[] {"dana", "dana@", "@example.org", "a b@example.org", "a@-x.org"}) {
      assertThatThrownBy(() -> Inputs.email("email", bad))
          .isInstanceOfSatisfying(
              PortalException.class,
              e -> assertThat(e.details().get(0).location()).isEqualTo("email"));
    }
  }

  @Test
  void roles_are_named_in_any_case_and_unknown_ones_list_the_choices() {
    assertThat(Inputs.role("role", "publisher")).isEqualTo(TenantRole.PUBLISHER);
    assertThatThrownBy(() -> Inputs.role("role", "ROOT"))
        .hasMessageContaining("OWNER, ADMIN, PUBLISHER, VIEWER");
  }

  @Test
  void a_token_is_capped_by_the_lower_of_two_roles() {
    assertThat(TenantRole.lower(TenantRole.OWNER, TenantRole.VIEWER)).isEqualTo(TenantRole.VIEWER);
    assertThat(TenantRole.lower(TenantRole.PUBLISHER, TenantRole.ADMIN))
        .isEqualTo(TenantRole.PUBLISHER);
  }

  @Test
  void a_token_caller_enters_only_its_tenant_and_cannot_create_tenants() {
    Caller token =
        new Caller(
            "a@x",
            "ci",
            Set.of(Caller.API_DEVELOPER),
            false,
            new Caller.TokenScope("t1", "acme", TenantRole.ADMIN));
    assertThat(token.mayEnter("acme")).isTrue();
    assertThat(token.mayEnter("other")).isFalse();
    assertThat(token.canBuildApis()).isFalse();
    assertThat(new Caller("a@x", "a", Set.of()).mayEnter("other")).isTrue();
  }
}
