package dev.turnpike.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that runs like real time from a fixed start (noon UTC, far from a quota reset) and can be
 * pushed forward by tests.
 */
public final class TestClock extends Clock {

  private static final Instant START = Instant.parse("2030-01-15T12:00:00Z");
  private final long startNanos = System.nanoTime();
  private final AtomicLong offsetNanos = new AtomicLong();

  public void advance(Duration duration) {
    offsetNanos.addAndGet(duration.toNanos());
  }

  @Override
  public Instant instant() {
    return START.plusNanos(System.nanoTime() - startNanos + offsetNanos.get());
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
