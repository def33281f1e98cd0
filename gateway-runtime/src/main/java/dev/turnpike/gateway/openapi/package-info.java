/**
 * OpenAPI import: OpenAPI 3.0/3.1 and Swagger 2 documents, with Amazon's {@code
 * x-amazon-apigateway-*} extensions and our {@code x-turnpike-*} ones, into the deployment model.
 * Errors and warnings carry JSON pointers. Depends on definition, route (to check paths) and state
 * (to parse parameter mappings and uris as the gateway will); the portal and {@code GatewayMain}
 * use it.
 */
package dev.turnpike.gateway.openapi;
