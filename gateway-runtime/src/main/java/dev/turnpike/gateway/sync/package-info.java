/**
 * Snapshot sync for standalone gateway nodes: {@link dev.turnpike.gateway.sync.SnapshotPuller}
 * polls the portal's {@code GET /internal/v1/gateway-snapshot} (bearer sync token, ETag /
 * If-None-Match on the snapshot version), applies what it gets, caches the last good snapshot on
 * disk and serves the cached one when the portal cannot be reached at start. Nothing here blocks an
 * event loop: HTTP is Vert.x's client, parsing, compiling and file writes run on worker threads.
 */
package dev.turnpike.gateway.sync;
