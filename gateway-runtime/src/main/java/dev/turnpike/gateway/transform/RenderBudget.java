package dev.turnpike.gateway.transform;

/**
 * The work one rendering may do, counted deterministically: loop iterations (all {@code #foreach}
 * loops together), characters produced by references and method calls (catches {@code #set}
 * doubling bombs before they allocate), output characters, plus a wall-clock deadline checked at
 * each count. Templates render on the event loop, so these caps are what keeps one tenant's
 * template from stalling the node. One budget per rendering, held by the rendering thread.
 */
final class RenderBudget {

  private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();

  private final TemplateLimits limits;
  private final long maxProduced;
  private final long deadlineNanos;
  private long iterations;
  private long produced;

  private RenderBudget(TemplateLimits limits, long inputChars) {
    this.limits = limits;
    this.maxProduced = limits.maxProducedChars() + 8 * inputChars;
    this.deadlineNanos = System.nanoTime() + limits.maxRenderMillis() * 1_000_000L;
  }

  /**
   * Starts the budget of a rendering on this thread. The characters it may build grow with its
   * input ({@code inputChars}, e.g. the body): an honest template over a 10 MB body that writes
   * {@code $input.json('$')} a few times stays within it.
   */
  static RenderBudget open(TemplateLimits limits, long inputChars) {
    RenderBudget budget = new RenderBudget(limits, inputChars);
    CURRENT.set(budget);
    return budget;
  }

  void close() {
    CURRENT.remove();
  }

  /** The budget of the rendering on this thread, or null outside a rendering. */
  static RenderBudget current() {
    return CURRENT.get();
  }

  void iteration(int line) {
    if (++iterations > limits.maxIterations()) {
      throw new TemplateLimitException(
          "more than " + limits.maxIterations() + " #foreach iterations in one rendering", line);
    }
    checkClock(line);
  }

  void produced(long chars, int line) {
    produced += chars;
    if (produced > maxProduced) {
      throw new TemplateLimitException(
          "the template built more than "
              + maxProduced
              + " characters of strings (a #set or loop that grows a value?)",
          line);
    }
    checkClock(line);
  }

  TemplateLimits limits() {
    return limits;
  }

  private void checkClock(int line) {
    if (System.nanoTime() > deadlineNanos) {
      throw new TemplateLimitException(
          "rendering took longer than " + limits.maxRenderMillis() + " ms", line);
    }
  }
}
