package dev.turnpike.portal.infrastructure.fetch;

import dev.turnpike.portal.application.PortalException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fetches a document by URL for import. The portal runs inside the operator's network, so a URL a
 * tenant types could reach internal services (SSRF): only http(s) is fetched, every address the
 * host resolves to must be public (unless {@code turnpike.import.allow-private-urls} is true),
 * redirects are followed by hand (at most three) so each hop is checked, and the body is cut off at
 * {@link #MAX_BYTES} and {@link #TIMEOUT}. The check resolves the host before connecting; a DNS
 * answer that changes in between (rebinding) is not caught, which is why the switch defaults off.
 */
@ApplicationScoped
public class DocumentFetcher {
  public static final int MAX_BYTES = 5 * 1024 * 1024;
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final int MAX_REDIRECTS = 3;

  @Inject
  @ConfigProperty(name = "turnpike.import.allow-private-urls", defaultValue = "false")
  boolean allowPrivate;

  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  public String fetch(String url) {
    URI uri = checked(url);
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      HttpResponse<InputStream> response = send(uri);
      int status = response.statusCode();
      if (status >= 300 && status < 400) {
        String location = response.headers().firstValue("Location").orElse(null);
        close(response);
        if (location == null) {
          throw refused(url, "it answered " + status + " without a Location header");
        }
        uri = checked(uri.resolve(location).toString());
        continue;
      }
      if (status != 200) {
        close(response);
        throw refused(url, "it answered HTTP " + status + ", not 200");
      }
      return read(url, response);
    }
    throw refused(url, "it redirected more than " + MAX_REDIRECTS + " times");
  }

  private URI checked(String url) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.trim());
    } catch (URISyntaxException e) {
      throw refused(url, "it is not a URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw refused(url, "only http and https URLs are fetched");
    }
    if (uri.getHost() == null) {
      throw refused(url, "it names no host");
    }
    if (!allowPrivate) {
      try {
        for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
          if (isPrivate(address)) {
            throw refused(
                url,
                uri.getHost()
                    + " is a private or loopback address ("
                    + address.getHostAddress()
                    + "); upload the file instead, or ask the operator to set"
                    + " turnpike.import.allow-private-urls");
          }
        }
      } catch (UnknownHostException e) {
        throw refused(url, "host " + uri.getHost() + " is unknown");
      }
    }
    return uri;
  }

  /** Loopback, private (10/8, 172.16/12, 192.168/16, fc00::/7), link-local, any or multicast. */
  static boolean isPrivate(InetAddress address) {
    byte[] bytes = address.getAddress();
    boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
    boolean carrierNat = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    return address.isLoopbackAddress()
        || address.isSiteLocalAddress()
        || address.isLinkLocalAddress()
        || address.isAnyLocalAddress()
        || address.isMulticastAddress()
        || uniqueLocalV6
        || carrierNat;
  }

  private HttpResponse<InputStream> send(URI uri) {
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(TIMEOUT)
            .header("Accept", "application/yaml, application/json, text/plain, */*")
            .GET()
            .build();
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (IOException e) {
      throw refused(uri.toString(), "it could not be fetched (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw refused(uri.toString(), "the fetch was interrupted");
    }
  }

  /**
   * Reads at most {@link #MAX_BYTES}. The request timeout covers only the wait for headers, so a
   * timer closes the body after {@link #TIMEOUT} too: a server dripping bytes cannot hold a thread.
   */
  private static String read(String url, HttpResponse<InputStream> response) {
    java.util.concurrent.CompletableFuture.delayedExecutor(
            TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
        .execute(() -> close(response));
    try (InputStream body = response.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      int n;
      while ((n = body.read(buffer)) > 0) {
        if (out.size() + n > MAX_BYTES) {
          throw refused(url, "it is over " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        out.write(buffer, 0, n);
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw refused(url, "reading it failed (" + e.getMessage() + ")");
    }
  }

  private static void close(HttpResponse<InputStream> response) {
    try {
      response.body().close();
    } catch (IOException ignored) {
      // Nothing to do: the response is being abandoned anyway.
    }
  }

  private static PortalException refused(String url, String why) {
    return PortalException.badInput("url", "'" + url + "' was not fetched: " + why + ".");
  }
}
