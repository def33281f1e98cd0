/**
 * Documentation parts in Amazon API Gateway's {@code DocumentationPart} shape: a location ({@code
 * API}, {@code RESOURCE}, {@code METHOD}, {@code PATH_PARAMETER}, ...) and a JSON properties object
 * whose {@code description} (and {@code summary}, {@code tags}, {@code info}) override or add to
 * what the OpenAPI document says. {@link dev.turnpike.docs.parts.DocumentationParts} parses them;
 * {@link dev.turnpike.docs.parts.PartOverrides} checks them against a document and answers lookups.
 * Depends on Jackson and the swagger models only.
 */
package dev.turnpike.docs.parts;
