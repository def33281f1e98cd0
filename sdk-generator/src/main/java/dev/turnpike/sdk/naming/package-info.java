/**
 * Naming shared by every generated SDK and by the reference docs: words from operation ids and
 * paths, camelCase/snake_case/PascalCase, keyword escaping per language and clash resolution. Pure
 * string functions with no dependency on the parser; docs-site depends on it so that code samples
 * call exactly the names the SDKs declare.
 */
package dev.turnpike.sdk.naming;
