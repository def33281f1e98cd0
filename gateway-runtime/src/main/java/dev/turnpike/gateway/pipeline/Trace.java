package dev.turnpike.gateway.pipeline;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened to one request, step by step, for the console's test invoke: matched route,
 * authentication, the transformed integration request, the backend's answer, the mapped response,
 * each with the time since the request arrived. Off (a shared no-op) on every request but test
 * invocations, so serving pays one branch; callers building costly details check {@link #on()}.
 */
public final class Trace {
  /** One step: when (µs after arrival), what, and the detail a person reads. */
  public record Step(long atMicros, String name, String detail) {}

  /** Details longer than this are cut, so a large body cannot bloat a trace. */
  static final int MAX_DETAIL_CHARS = 16_384;

  public static final Trace OFF = new Trace(false, 0);

  private final boolean on;
  private final long startNanos;
  private final List<Step> steps = new ArrayList<>();

  private Trace(boolean on, long startNanos) {
    this.on = on;
    this.startNanos = startNanos;
  }

  /** A recording trace starting now. */
  public static Trace start() {
    return new Trace(true, System.nanoTime());
  }

  public boolean on() {
    return on;
  }

  public void add(String name, String detail) {
    if (!on) {
      return;
    }
    String text = detail == null ? "" : detail;
    if (text.length() > MAX_DETAIL_CHARS) {
      text =
          text.substring(0, MAX_DETAIL_CHARS)
              + "… ("
              + (text.length() - MAX_DETAIL_CHARS)
              + " more characters)";
    }
    synchronized (steps) {
      steps.add(new Step((System.nanoTime() - startNanos) / 1_000, name, text));
    }
  }

  public List<Step> steps() {
    synchronized (steps) {
      return List.copyOf(steps);
    }
  }
}
