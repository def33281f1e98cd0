/**
 * Routing: the per-deployment resource tree ({@link dev.turnpike.gateway.route.RouteTable}) that
 * turns an HTTP method and path into a method and its path parameters. Pure Java, no Vert.x; built
 * once per snapshot by the server and used by the pipeline.
 */
package dev.turnpike.gateway.route;
