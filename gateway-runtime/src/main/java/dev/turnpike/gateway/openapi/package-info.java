/**
 * OpenAPI import and export. Import: OpenAPI 3.0/3.1 and Swagger 2 documents, with Amazon's {@code
 * x-amazon-apigateway-*} extensions and our {@code x-turnpike-*} twins of them, into the deployment
 * model; errors and warnings carry JSON pointers. Export: a definition back out as OpenAPI 3.0 in
 * either set of extensions, such that importing it again gives an equal definition. Depends on
 * definition, route (to check paths) and state (to parse parameter mappings and uris as the gateway
 * will); the portal and {@code GatewayMain} use it.
 */
package dev.turnpike.gateway.openapi;
