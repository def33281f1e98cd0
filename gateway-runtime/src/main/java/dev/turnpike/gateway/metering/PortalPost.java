package dev.turnpike.gateway.metering;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * One delivery to a portal's internal intake: {@code POST} a JSON body with the node's sync token;
 * only 204 counts as stored. Never logs the token.
 */
final class PortalPost {
  static final Duration TIMEOUT = Duration.ofSeconds(10);

  private PortalPost() {}

  static CompletionStage<Void> send(HttpClient client, URI uri, String token, String json) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return client
        .sendAsync(request, HttpResponse.BodyHandlers.discarding())
        .thenCompose(
            response ->
                response.statusCode() == 204
                    ? CompletableFuture.<Void>completedFuture(null)
                    : CompletableFuture.<Void>failedFuture(
                        new IllegalStateException(
                            "The portal at "
                                + uri
                                + " answered HTTP "
                                + response.statusCode()
                                + " instead of 204"
                                + (response.statusCode() == 401 || response.statusCode() == 403
                                    ? "; check the sync token (TURNPIKE_SYNC_TOKEN)"
                                    : ""))));
  }
}
