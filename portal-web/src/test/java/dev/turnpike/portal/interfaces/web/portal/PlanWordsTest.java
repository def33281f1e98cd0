package dev.turnpike.portal.interfaces.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.portal.application.CatalogView.PlanOffer;
import org.junit.jupiter.api.Test;

class PlanWordsTest {

  @Test
  void limits_read_as_rate_burst_and_quota_with_thousands_separators() {
    PlanOffer plan = new PlanOffer("p", "Gold", 10.0, 20, 10_000L, "MONTH", "AUTO_APPROVE");
    assertThat(PlanWords.limits(plan))
        .isEqualTo("10 requests/second (bursts of up to 20), 10,000 per month");
    assertThat(PlanWords.access(plan)).isEqualTo("Instant key");
  }

  @Test
  void fractional_rates_keep_their_fraction_and_missing_limits_are_omitted() {
    PlanOffer plan = new PlanOffer("p", "Trickle", 0.5, null, null, null, "APPROVAL_REQUIRED");
    assertThat(PlanWords.limits(plan)).isEqualTo("0.5 requests/second");
    assertThat(PlanWords.access(plan)).isEqualTo("Needs the provider's approval");
  }

  @Test
  void a_plan_without_limits_says_so() {
    PlanOffer plan = new PlanOffer("p", "Free", null, null, null, null, "AUTO_APPROVE");
    assertThat(PlanWords.limits(plan)).isEqualTo("No limits beyond the API's own");
  }
}
