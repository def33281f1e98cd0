package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PreconditionsTest {
  @Test
  void if_match_accepts_the_current_tag_a_weak_copy_a_list_or_a_star() {
    assertThat(Preconditions.matches("\"3\"", 3)).isTrue();
    assertThat(Preconditions.matches("W/\"3\"", 3)).isTrue();
    assertThat(Preconditions.matches("\"1\", \"3\"", 3)).isTrue();
    assertThat(Preconditions.matches("*", 3)).isTrue();
  }

  @Test
  void if_match_refuses_another_version_or_an_unquoted_tag() {
    assertThat(Preconditions.matches("\"2\"", 3)).isFalse();
    assertThat(Preconditions.matches("3", 3)).isFalse();
  }

  @Test
  void a_stale_change_is_412_with_the_current_etag() {
    Preconditions preconditions = new Preconditions();
    preconditions.ifMatch = new IfMatch();
    preconditions.ifMatch.set("\"1\"");
    assertThatThrownBy(() -> preconditions.check(() -> 2, "Tenant acme"))
        .isInstanceOfSatisfying(
            PortalException.class,
            e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.PRECONDITION_FAILED))
        .hasMessageContaining("Tenant acme has changed since you read it")
        .hasMessageContaining("\"2\"");
    preconditions.ifMatch.set(null);
    preconditions.check(() -> 2, "Tenant acme");
  }
}
