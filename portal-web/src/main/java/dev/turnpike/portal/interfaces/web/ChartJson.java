package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.TrafficReport.Row;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Chart.js configurations (the chart library PrimeFaces' {@code p:chart} renders) for an analytics
 * report: traffic as stacked bars, latency percentiles as lines. Labels are UTC.
 */
final class ChartJson {
  private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("MM-dd HH:00");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

  private ChartJson() {}

  static String traffic(List<Row> rows, boolean daily) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(
                dataset(
                    "2xx/3xx",
                    rows,
                    r -> r.requests() - r.clientErrors() - r.serverErrors(),
                    "#2563eb"))
            .add(dataset("4xx", rows, Row::clientErrors, "#d97706"))
            .add(dataset("5xx", rows, Row::serverErrors, "#dc2626"));
    JsonObjectBuilder axes =
        Json.createObjectBuilder()
            .add("x", Json.createObjectBuilder().add("stacked", true))
            .add(
                "y",
                Json.createObjectBuilder()
                    .add("stacked", true)
                    .add("beginAtZero", true)
                    .add("title", title("requests")));
    return chart("bar", rows, daily, datasets, axes);
  }

  static String latency(List<Row> rows, boolean daily) {
    JsonArrayBuilder datasets =
        Json.createArrayBuilder()
            .add(dataset("p50", rows, Row::p50Ms, "#16a34a"))
            .add(dataset("p95", rows, Row::p95Ms, "#d97706"))
            .add(dataset("p99", rows, Row::p99Ms, "#dc2626"));
    JsonObjectBuilder axes =
        Json.createObjectBuilder()
            .add(
                "y", Json.createObjectBuilder().add("beginAtZero", true).add("title", title("ms")));
    return chart("line", rows, daily, datasets, axes);
  }

  private static String chart(
      String type,
      List<Row> rows,
      boolean daily,
      JsonArrayBuilder datasets,
      JsonObjectBuilder axes) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    DateTimeFormatter format = daily ? DAY : HOUR;
    rows.forEach(r -> labels.add(format.format(r.period().atZone(ZoneOffset.UTC))));
    return Json.createObjectBuilder()
        .add("type", type)
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add(
            "options",
            Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", axes)
                .add(
                    "plugins",
                    Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom"))))
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(
      String label, List<Row> rows, ToDoubleFunction<Row> value, String colour) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    rows.forEach(r -> data.add(value.applyAsDouble(r)));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("backgroundColor", colour)
        .add("borderColor", colour)
        .add("tension", 0.25);
  }

  private static JsonObjectBuilder title(String text) {
    return Json.createObjectBuilder().add("display", true).add("text", text);
  }
}
