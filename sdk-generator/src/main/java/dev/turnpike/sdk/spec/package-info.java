/**
 * Reading OpenAPI 3 and Swagger 2 documents with swagger-parser into one {@code OpenAPI} object,
 * with refs resolved. Used by the SDK generator and by docs-site; depends on nothing else here.
 */
package dev.turnpike.sdk.spec;
