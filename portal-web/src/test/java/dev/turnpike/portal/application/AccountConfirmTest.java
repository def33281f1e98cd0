package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AccountConfirmTest {
  private final Caller bob = new Caller("Bob@Example.com", "Bob", Set.of("app-developer"));

  @Test
  void the_typed_e_mail_confirms_ignoring_case_and_spaces() {
    assertThatCode(() -> AccountService.confirm(bob, "  bob@EXAMPLE.com "))
        .doesNotThrowAnyException();
  }

  @Test
  void anything_else_refuses_naming_the_field_and_what_to_type() {
    assertThatThrownBy(() -> AccountService.confirm(bob, "bob@example.org"))
        .isInstanceOf(PortalException.class)
        .hasMessageContaining("Invalid confirmEmail")
        .hasMessageContaining("bob@example.com");
    assertThatThrownBy(() -> AccountService.confirm(bob, null)).isInstanceOf(PortalException.class);
  }
}
