/**
 * The adapter around Apache Velocity: templates load from the classpath, strict references, errors
 * carry the template name and line. Shared by the SDK generator and docs-site; nothing here knows
 * what the templates produce.
 */
package dev.turnpike.sdk.template;
