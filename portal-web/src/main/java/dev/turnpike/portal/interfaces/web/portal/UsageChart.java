package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.UsageService.DayUsage;
import dev.turnpike.portal.application.UsageService.KeyUsage;
import dev.turnpike.portal.application.UsageService.QuotaLeft;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A key's requests and throttled (429) requests per day as a Chart.js bar chart (what PrimeFaces'
 * {@code p:chart} renders), with a daily quota drawn as a line so the developer sees how close each
 * day came. Days without calls are zero bars, not gaps.
 */
final class UsageChart {
  private UsageChart() {}

  static String json(KeyUsage usage) {
    Map<LocalDate, long[]> perDay = new TreeMap<>();
    for (LocalDate d = usage.from(); !d.isAfter(usage.to()); d = d.plusDays(1)) {
      perDay.put(d, new long[2]);
    }
    for (DayUsage day : usage.days()) {
      long[] counts = perDay.computeIfAbsent(day.day(), d -> new long[2]);
      counts[0] += day.requests();
      counts[1] += day.throttled();
    }
    JsonArrayBuilder labels = Json.createArrayBuilder();
    JsonArrayBuilder requests = Json.createArrayBuilder();
    JsonArrayBuilder throttled = Json.createArrayBuilder();
    perDay.forEach(
        (day, counts) -> {
          labels.add(day.toString().substring(5));
          requests.add(counts[0]);
          throttled.add(counts[1]);
        });
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                Json.createObjectBuilder()
                    .add("label", "requests")
                    .add("data", requests)
                    .add("backgroundColor", "#2563eb"))
            .add(
                Json.createObjectBuilder()
                    .add("label", "throttled (429)")
                    .add("data", throttled)
                    .add("backgroundColor", "#f59e0b"));
    QuotaLeft daily =
        usage.quotas().stream().filter(q -> q.period().equals("DAY")).findFirst().orElse(null);
    if (daily != null) {
      JsonArrayBuilder limit = Json.createArrayBuilder();
      perDay.keySet().forEach(d -> limit.add(daily.limit()));
      datasets.add(
          Json.createObjectBuilder()
              .add("type", "line")
              .add("label", "daily quota")
              .add("data", limit)
              .add("borderColor", "#dc2626")
              .add("pointRadius", 0)
              .add("borderDash", Json.createArrayBuilder().add(6).add(4)));
    }
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add(
                    "scales",
                    Json.createObjectBuilder()
                        .add("y", Json.createObjectBuilder().add("beginAtZero", true)))
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }
}
