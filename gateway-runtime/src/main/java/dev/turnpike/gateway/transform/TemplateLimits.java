package dev.turnpike.gateway.transform;

/**
 * Bounds for one rendering of a mapping template. Defaults: 10,000 iterations per {@code #foreach}
 * and 100,000 across the rendering, 10 MB output (Amazon's payload limit), 32 M characters of
 * strings built plus 8 per character of input, macros nested 10 deep, 500 ms wall clock (a last
 * resort: the counts above stop hostile templates long before it; it is generous so a cold JVM or a
 * GC pause does not fail honest requests).
 */
public record TemplateLimits(
    int maxLoopIterations,
    long maxIterations,
    long maxOutputChars,
    long maxProducedChars,
    int maxMacroDepth,
    long maxRenderMillis) {

  public static final TemplateLimits DEFAULTS =
      new TemplateLimits(10_000, 100_000, 10L * 1024 * 1024, 32L * 1024 * 1024, 10, 500);

  public TemplateLimits {
    if (maxLoopIterations <= 0
        || maxIterations <= 0
        || maxOutputChars <= 0
        || maxProducedChars <= 0
        || maxMacroDepth <= 0
        || maxRenderMillis <= 0) {
      throw new IllegalArgumentException("Template limits must be positive: " + this);
    }
  }
}
