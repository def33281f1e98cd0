package dev.turnpike.portal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.portal.domain.model.tenant.TenantRole;
import org.junit.jupiter.api.Test;

class TenantRoleTest {
  @Test
  void each_role_grants_what_the_roles_below_it_grant() {
    assertThat(TenantRole.OWNER.atLeast(TenantRole.ADMIN)).isTrue();
    assertThat(TenantRole.ADMIN.atLeast(TenantRole.PUBLISHER)).isTrue();
    assertThat(TenantRole.PUBLISHER.atLeast(TenantRole.PUBLISHER)).isTrue();
    assertThat(TenantRole.PUBLISHER.atLeast(TenantRole.ADMIN)).isFalse();
    assertThat(TenantRole.VIEWER.atLeast(TenantRole.PUBLISHER)).isFalse();
  }
}
