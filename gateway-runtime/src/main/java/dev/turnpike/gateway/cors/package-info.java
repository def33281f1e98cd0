/**
 * Cross-origin resource sharing: the API's own CORS configuration ({@code
 * x-amazon-apigateway-cors}) and the node's trusted portal origins, whose browsers get CORS for
 * every API so the developer portal's try-it console works. Runs first in the pipeline; depends on
 * the pipeline, route, state and definition packages only.
 */
package dev.turnpike.gateway.cors;
