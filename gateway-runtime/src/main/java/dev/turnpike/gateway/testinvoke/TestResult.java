package dev.turnpike.gateway.testinvoke;

import dev.turnpike.gateway.pipeline.Trace;
import java.util.List;
import java.util.Map;

/** What the client would have received, how long it took, and every step on the way. */
public record TestResult(
    int status,
    Map<String, List<String>> headers,
    String body,
    long latencyMillis,
    List<Trace.Step> steps) {}
