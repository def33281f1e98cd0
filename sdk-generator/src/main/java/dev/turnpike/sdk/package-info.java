/**
 * Turnpike SDK generator: an OpenAPI document in, a zipped client project (Java, TypeScript or
 * Python) out, through Velocity templates. {@link dev.turnpike.sdk.SdkGenerator} is the entry point
 * for libraries, {@link dev.turnpike.sdk.SdkGeneratorMain} for the command line. Knows nothing of
 * the portal; the portal and docs-site depend on it.
 */
package dev.turnpike.sdk;
