package dev.turnpike.gateway.sync;

import dev.turnpike.gateway.sync.PollResult.Failed;
import dev.turnpike.gateway.sync.PollResult.Kind;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.nio.charset.StandardCharsets;

/**
 * One conditional GET of the portal's snapshot endpoint: {@code Authorization: Bearer <token>},
 * {@code If-None-Match: "<version served>"}. Never fails its future: every problem becomes a {@link
 * Failed} result whose message names the URL and the fix. Never logs the token.
 */
final class PortalClient implements AutoCloseable {

  static final long CONNECT_TIMEOUT_MILLIS = 5_000;
  static final long IDLE_TIMEOUT_MILLIS = 30_000;

  private final HttpClient client;
  private final SyncSettings settings;

  PortalClient(Vertx vertx, SyncSettings settings) {
    this.settings = settings;
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions().setKeepAlive(true).setDecompressionSupported(true),
            new PoolOptions().setHttp1MaxSize(1));
  }

  /** Polls; {@code servedVersion < 0} means the node has no snapshot yet (no If-None-Match). */
  Future<PollResult> poll(long servedVersion) {
    RequestOptions request =
        new RequestOptions()
            .setMethod(HttpMethod.GET)
            .setAbsoluteURI(settings.snapshotUri().toString())
            .setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
            .setIdleTimeout(IDLE_TIMEOUT_MILLIS)
            .putHeader("Authorization", "Bearer " + settings.token())
            .putHeader("Accept", "application/json");
    if (servedVersion >= 0) {
      request.putHeader("If-None-Match", "\"" + servedVersion + "\"");
    }
    return client
        .request(request)
        .compose(r -> r.send())
        .compose(this::read)
        .recover(e -> Future.succeededFuture(unreachable(e)));
  }

  private Future<PollResult> read(HttpClientResponse response) {
    int status = response.statusCode();
    return response
        .body()
        .map(
            body ->
                switch (status) {
                  case 200 ->
                      new PollResult.Fetched(
                          body.toString(StandardCharsets.UTF_8), response.getHeader("ETag"));
                  case 304 -> new PollResult.NotModified();
                  case 401, 403 -> unauthorized(status);
                  case 404 -> notFound();
                  default -> badStatus(status);
                });
  }

  private Failed unreachable(Throwable e) {
    return new Failed(
        Kind.UNREACHABLE,
        "Cannot reach the portal at "
            + url()
            + ": "
            + e.getClass().getSimpleName()
            + ": "
            + e.getMessage()
            + "; check --portal (TURNPIKE_SYNC_PORTAL_URL) and that the portal is running");
  }

  private Failed unauthorized(int status) {
    return new Failed(
        Kind.UNAUTHORIZED,
        "The portal at "
            + url()
            + " refused the sync token (HTTP "
            + status
            + "); make --sync-token-file (TURNPIKE_SYNC_TOKEN) hold the portal's"
            + " turnpike.gateway.sync-token");
  }

  private Failed notFound() {
    return new Failed(
        Kind.BAD_RESPONSE,
        "The portal at "
            + url()
            + " answered HTTP 404: either --portal is not the portal's base URL, or the portal has"
            + " standalone gateways disabled (set its turnpike.gateway.sync-token)");
  }

  private Failed badStatus(int status) {
    return new Failed(
        Kind.BAD_RESPONSE,
        "The portal at "
            + url()
            + " answered HTTP "
            + status
            + " instead of 200 or 304; check the portal's log and that --portal points at the"
            + " portal's base URL");
  }

  private String url() {
    return settings.snapshotUri().toString();
  }

  @Override
  public void close() {
    client.close();
  }
}
