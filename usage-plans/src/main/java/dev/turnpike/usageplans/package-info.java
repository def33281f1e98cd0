/**
 * Usage plans: API keys, throttles, quotas and metering as plain Java. Nothing here knows about
 * HTTP, Jakarta EE or Vert.x; the gateway runtime and the portal depend on it, never the reverse.
 */
package dev.turnpike.usageplans;
