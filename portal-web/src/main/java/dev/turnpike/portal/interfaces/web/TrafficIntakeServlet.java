package dev.turnpike.portal.interfaces.web;

import dev.turnpike.gateway.metering.TrafficRecord;
import dev.turnpike.portal.application.TrafficIntake;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Where standalone gateway nodes flush traffic statistics, beside usage: a JSON array of traffic
 * records with the sync token. Retries are safe: each flush id counts once.
 */
@WebServlet("/internal/v1/traffic")
public class TrafficIntakeServlet extends HttpServlet {
  @Inject PortalSettings settings;
  @Inject TrafficIntake traffic;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SyncToken.check(settings, request, response)) {
      return;
    }
    List<TrafficRecord> records;
    try (var reader = Json.createReader(request.getInputStream())) {
      records = parse(reader.readArray());
    } catch (JsonException
        | ClassCastException
        | IllegalArgumentException
        | NullPointerException
        | ArithmeticException
        | DateTimeParseException e) {
      SyncToken.fail(response, 400, "Send a JSON array of traffic records: " + e.getMessage());
      return;
    }
    traffic.record(records);
    response.setStatus(204);
  }

  private static List<TrafficRecord> parse(JsonArray array) {
    if (array.size() > UsageIntakeServlet.MAX_RECORDS) {
      throw new IllegalArgumentException(
          "at most " + UsageIntakeServlet.MAX_RECORDS + " records per flush");
    }
    List<TrafficRecord> records = new ArrayList<>(array.size());
    for (JsonValue value : array) {
      JsonObject o = value.asJsonObject();
      records.add(
          new TrafficRecord(
              o.getString("apiId"),
              o.getString("stage"),
              o.getString("method"),
              o.getString("keyId", ""),
              Instant.parse(o.getString("hour")),
              o.getJsonNumber("requests").longValueExact(),
              o.getJsonNumber("clientErrors").longValueExact(),
              o.getJsonNumber("serverErrors").longValueExact(),
              throttled(o),
              o.getString("latency"),
              o.getString("flushId")));
    }
    return records;
  }

  /** Gateways older than the throttled count send none: their 429s read as 0. */
  private static long throttled(JsonObject o) {
    return o.containsKey("throttled") ? o.getJsonNumber("throttled").longValueExact() : 0;
  }
}
