package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.UsageService;
import dev.turnpike.portal.infrastructure.config.PortalSettings;
import dev.turnpike.usageplans.metering.UsageRecord;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Where standalone gateway nodes flush what they counted: a JSON array of usage records, with the
 * same sync token as the snapshot endpoint. Retries are safe: each flush id counts once.
 */
@WebServlet("/internal/v1/usage")
public class UsageIntakeServlet extends HttpServlet {
  /** A flush larger than this is refused; nodes flush every few seconds. */
  static final int MAX_RECORDS = 100_000;

  @Inject PortalSettings settings;
  @Inject UsageService usage;

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SyncToken.check(settings, request, response)) {
      return;
    }
    List<UsageRecord> records;
    try (var reader = Json.createReader(request.getInputStream())) {
      records = parse(reader.readArray());
    } catch (JsonException
        | ClassCastException
        | IllegalArgumentException
        | NullPointerException e) {
      SyncToken.fail(response, 400, "Send a JSON array of usage records: " + e.getMessage());
      return;
    }
    usage.record(records);
    response.setStatus(204);
  }

  private static List<UsageRecord> parse(JsonArray array) {
    if (array.size() > MAX_RECORDS) {
      throw new IllegalArgumentException("at most " + MAX_RECORDS + " records per flush");
    }
    List<UsageRecord> records = new ArrayList<>(array.size());
    for (JsonValue value : array) {
      JsonObject o = value.asJsonObject();
      records.add(
          new UsageRecord(
              o.getString("keyId"),
              o.getString("apiId"),
              o.getString("stage"),
              LocalDate.parse(o.getString("day")),
              o.getJsonNumber("count").longValueExact(),
              o.getString("flushId")));
    }
    return records;
  }
}
