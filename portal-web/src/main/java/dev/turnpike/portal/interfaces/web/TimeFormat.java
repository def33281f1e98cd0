package dev.turnpike.portal.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the console shows them ({@code 25 Nov 2026, 21:57 UTC}). A bean because this Faces
 * version's {@code f:convertDateTime} formats only {@code java.util.Date}, not {@code Instant}.
 */
@Named("when")
@ApplicationScoped
public class TimeFormat {
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public String format(Instant instant) {
    return instant == null ? "" : MINUTES.format(instant);
  }
}
