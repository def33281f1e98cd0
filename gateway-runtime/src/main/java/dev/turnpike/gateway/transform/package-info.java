/**
 * Velocity mapping templates: the sandboxed engine (one per gateway), templates compiled once per
 * snapshot, and the {@code $input} (body, JSONPath by Jayway, parameters), {@code $util}, {@code
 * $context} and {@code $stageVariables} variables. Knows nothing of Vert.x; the integration and
 * error packages use it.
 *
 * <p>Sandbox and bounds (decided for the event loop): templates render on the request's event loop,
 * so every rendering is bounded deterministically by {@link
 * dev.turnpike.gateway.transform.TemplateLimits}: calls only on strings, numbers, maps, lists,
 * {@code $input} and {@code $util} ({@link dev.turnpike.gateway.transform.SandboxUberspector}, no
 * {@code getClass}, no reflection, files or network); 10,000 iterations per {@code #foreach} and
 * 100,000 per rendering; characters built by references and method calls (catches {@code #set}
 * doubling and nested-list bombs); 10 MB output; macro depth 10; lazy ranges. A 500 ms wall-clock
 * deadline, checked at each count and inside regular-expression matching, is the last resort. We
 * did not move rendering to a worker pool with a timeout: a Java thread cannot be stopped, so a
 * timed-out template would keep a core busy. Measured (cold JVM, 2 shared cores, see
 * HostileTemplateTest): nested runaway loops are cut off in about 35 ms, a {@code #set} doubling
 * bomb in about 150 ms, recursive macros in about 10 ms; a catastrophic regular expression at the
 * 500 ms deadline.
 */
package dev.turnpike.gateway.transform;
