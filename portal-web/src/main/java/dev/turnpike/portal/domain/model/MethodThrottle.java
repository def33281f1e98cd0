package dev.turnpike.portal.domain.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A token-bucket limit for one method of an API stage ({@code rate} requests per second refill, a
 * bucket of {@code burst}); the method itself is the key of the map that holds it.
 */
@Embeddable
public class MethodThrottle {
  @Column(name = "throttle_rate", nullable = false)
  private double rate;

  @Column(name = "throttle_burst", nullable = false)
  private int burst;

  protected MethodThrottle() {}

  public MethodThrottle(double rate, int burst) {
    this.rate = rate;
    this.burst = burst;
  }

  public double rate() {
    return rate;
  }

  public int burst() {
    return burst;
  }
}
