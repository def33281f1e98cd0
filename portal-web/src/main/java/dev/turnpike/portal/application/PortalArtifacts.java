package dev.turnpike.portal.application;

import dev.turnpike.docs.ReferenceRenderer;
import dev.turnpike.portal.application.PublishedDocuments.Published;
import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.SdkGenerator;
import dev.turnpike.sdk.SdkOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the developer portal derives from a published stage's OpenAPI document: the reference site
 * (docs-site's {@link ReferenceRenderer}), the site as a zip and SDKs ({@link SdkGenerator}). Each
 * is generated once per deployment and kept: a deployment never changes, so its id is the cache key
 * and a new deployment simply misses. Rendering takes a few hundred milliseconds, serving a cached
 * page none.
 */
@ApplicationScoped
public class PortalArtifacts {
  /** Deployments kept; past this the cache starts over (old deployments are rarely read). */
  private static final int MAX_ENTRIES = 256;

  @Inject PublishedDocuments documents;

  private final ReferenceRenderer renderer = new ReferenceRenderer();
  private final SdkGenerator sdks = new SdkGenerator();
  private final Map<String, Object> cache = new ConcurrentHashMap<>();

  /** A file of the reference site ({@code index.html}, {@code operations/x.html}, …), if any. */
  public Optional<byte[]> docsFile(String slug, String apiId, String stage, String path) {
    Published published = documents.of(slug, apiId, stage);
    Map<String, byte[]> site =
        cached(published, "site", () -> renderer.files(published.document()));
    return Optional.ofNullable(site.get(path.isEmpty() ? "index.html" : path));
  }

  /** The reference site as one zip. */
  public byte[] docsZip(String slug, String apiId, String stage) {
    Published published = documents.of(slug, apiId, stage);
    return cached(published, "docs.zip", () -> renderer.renderZip(published.document()));
  }

  /** The SDK of {@code language} ({@code java}, {@code typescript}, {@code python}) as a zip. */
  public byte[] sdkZip(String slug, String apiId, String stage, String language) {
    Language chosen;
    try {
      chosen = Language.parse(language);
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput("language", e.getMessage());
    }
    Published published = documents.of(slug, apiId, stage);
    return cached(
        published,
        "sdk-" + chosen.id(),
        () -> sdks.generate(published.document(), chosen, SdkOptions.defaults()));
  }

  /** A file name for downloads: the API's name made safe. */
  public String baseName(String slug, String apiId, String stage) {
    return documents.of(slug, apiId, stage).apiName().replaceAll("[^A-Za-z0-9._-]+", "-")
        + "-"
        + stage;
  }

  @SuppressWarnings("unchecked")
  private <T> T cached(Published published, String kind, Supplier<T> make) {
    if (cache.size() > MAX_ENTRIES) {
      cache.clear();
    }
    // computeIfAbsent: two first visitors of a new deployment render it once, not twice.
    return (T) cache.computeIfAbsent(published.deploymentId() + "/" + kind, k -> make.get());
  }
}
