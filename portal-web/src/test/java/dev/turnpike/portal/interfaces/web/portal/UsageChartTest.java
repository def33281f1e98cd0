package dev.turnpike.portal.interfaces.web.portal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.portal.application.UsageService.DayUsage;
import dev.turnpike.portal.application.UsageService.KeyUsage;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageChartTest {
  private static final LocalDate MONDAY = LocalDate.parse("2026-11-23");

  @Test
  void draws_requests_and_throttled_per_day_with_zero_days_filled_in() {
    KeyUsage usage =
        new KeyUsage(
            "k",
            MONDAY,
            MONDAY.plusDays(2),
            List.of(
                new DayUsage(MONDAY, "api", "prod", 5, 2),
                new DayUsage(MONDAY, "api", "beta", 1, 1),
                new DayUsage(MONDAY.plusDays(2), "api", "prod", 0, 4)),
            List.of());

    JsonObject chart = Json.createReader(new StringReader(UsageChart.json(usage))).readObject();
    JsonArray datasets = chart.getJsonObject("data").getJsonArray("datasets");

    assertThat(chart.getJsonObject("data").getJsonArray("labels").toString())
        .isEqualTo("[\"11-23\",\"11-24\",\"11-25\"]");
    assertThat(datasets.getJsonObject(0).getString("label")).isEqualTo("requests");
    assertThat(datasets.getJsonObject(0).getJsonArray("data").toString()).isEqualTo("[6,0,0]");
    assertThat(datasets.getJsonObject(1).getString("label")).isEqualTo("throttled (429)");
    assertThat(datasets.getJsonObject(1).getJsonArray("data").toString()).isEqualTo("[3,0,4]");
  }
}
