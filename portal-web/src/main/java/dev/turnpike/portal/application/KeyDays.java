package dev.turnpike.portal.application;

import dev.turnpike.portal.application.UsageService.DayUsage;
import dev.turnpike.portal.domain.model.analytics.TrafficHour;
import dev.turnpike.portal.domain.model.usage.UsageDay;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One key's days from two sources: the counted requests (usage, which leaves throttled requests
 * out, as Amazon's usage reports do) and the 429s from the hourly traffic table. A day with only
 * throttled requests still shows, with zero requests.
 */
final class KeyDays {
  private KeyDays() {}

  private record Slot(LocalDate day, String apiId, String stage) {}

  private static final Comparator<Slot> ORDER =
      Comparator.comparing(Slot::day).thenComparing(Slot::apiId).thenComparing(Slot::stage);

  static List<DayUsage> merge(List<UsageDay> usage, List<TrafficHour> traffic) {
    Map<Slot, long[]> counts = new TreeMap<>(ORDER);
    for (UsageDay u : usage) {
      counts.computeIfAbsent(new Slot(u.day(), u.apiId(), u.stage()), s -> new long[2])[0] +=
          u.count();
    }
    for (TrafficHour t : traffic) {
      if (t.throttled() == 0) {
        continue;
      }
      LocalDate day = LocalDate.ofInstant(t.hour(), ZoneOffset.UTC);
      counts.computeIfAbsent(new Slot(day, t.apiId(), t.stage()), s -> new long[2])[1] +=
          t.throttled();
    }
    List<DayUsage> days = new ArrayList<>(counts.size());
    counts.forEach((s, c) -> days.add(new DayUsage(s.day(), s.apiId(), s.stage(), c[0], c[1])));
    return days;
  }
}
