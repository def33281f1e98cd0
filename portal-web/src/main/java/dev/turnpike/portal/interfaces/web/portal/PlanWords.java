package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.CatalogView.PlanOffer;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plan's limits as an app developer reads them: "10 requests/second, 10,000 per month". */
public final class PlanWords {
  private PlanWords() {}

  public static String limits(PlanOffer plan) {
    List<String> parts = new ArrayList<>();
    if (plan.throttleRate() != null) {
      parts.add(
          number(plan.throttleRate())
              + " requests/second"
              + (plan.throttleBurst() == null
                  ? ""
                  : " (bursts of up to " + number(plan.throttleBurst()) + ")"));
    }
    if (plan.quotaLimit() != null && plan.quotaPeriod() != null) {
      parts.add(number(plan.quotaLimit()) + " per " + plan.quotaPeriod().toLowerCase(Locale.ROOT));
    }
    return parts.isEmpty() ? "No limits beyond the API's own" : String.join(", ", parts);
  }

  public static String access(PlanOffer plan) {
    return "APPROVAL_REQUIRED".equals(plan.approvalMode())
        ? "Needs the provider's approval"
        : "Instant key";
  }

  private static String number(Number value) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.US);
    format.setMaximumFractionDigits(2);
    return format.format(value);
  }
}
