package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionNoticesTest {
  @Test
  void an_approval_names_the_plan_the_apis_and_the_key() {
    SubscriptionNotices.Notice notice =
        SubscriptionNotices.approved("Acme", "Gold", List.of("Pets API (prod)"), "tpk_ab12");

    assertThat(notice.subject()).isEqualTo("Approved: your subscription to Gold");
    assertThat(notice.body())
        .contains("Acme approved")
        .contains("'Gold' for Pets API (prod)")
        .contains("tpk_ab12…");
  }

  @Test
  void a_rejection_carries_the_reason() {
    SubscriptionNotices.Notice notice =
        SubscriptionNotices.rejected(
            "Acme", "Gold", List.of("Pets API (prod)", "Pets API (beta)"), "k1", "No use case.");

    assertThat(notice.subject()).isEqualTo("Rejected: your subscription to Gold");
    assertThat(notice.body())
        .contains("Pets API (prod), Pets API (beta)")
        .contains("Reason: No use case.")
        .contains("will not work");
  }
}
