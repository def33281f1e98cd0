package dev.turnpike.portal.interfaces.web.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.turnpike.docs.html.MarkdownRenderer;
import dev.turnpike.portal.application.CatalogService;
import dev.turnpike.portal.application.CatalogView;
import dev.turnpike.portal.application.CatalogView.Entry;
import dev.turnpike.portal.application.CatalogView.PlanOffer;
import dev.turnpike.portal.application.PortalException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The portal's catalog page and API page share this bean: both read the tenant's public catalog
 * (published stages only) by the slug the {@link PortalRouter} passed on. An unknown tenant, API or
 * stage answers 404.
 */
@Named("portal")
@RequestScoped
public class PortalCatalogPage {
  private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();
  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject CatalogService catalogs;

  private CatalogView catalog;
  private Entry entry;

  /**
   * View action of the catalog page: searched by {@code ?q=} and filtered by {@code ?tag=}, read on
   * the server so the page works without JavaScript and its address can be shared. A search that
   * cannot be run (too long, a malformed tag) says why and shows the whole catalog.
   */
  public void loadCatalog() {
    try {
      catalog = catalogs.catalog(param("slug"), param("q"), param("tag"));
    } catch (PortalException e) {
      if (e.kind() != PortalException.Kind.BAD_REQUEST) {
        notFound(e.getMessage());
        return;
      }
      FacesContext.getCurrentInstance()
          .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
      catalog = load(param("slug"));
    }
  }

  /** View action of the API page. */
  public void loadApi() {
    catalog = load(param("slug"));
    if (catalog == null) {
      return;
    }
    String api = param("api");
    String stage = param("stage");
    entry =
        catalog.apis().stream()
            .filter(e -> e.apiId().equals(api) && e.stage().equals(stage))
            .findFirst()
            .orElse(null);
    if (entry == null) {
      notFound("No published API " + api + " at stage " + stage + " in this portal.");
    }
  }

  /**
   * Loaded on first use too, not only by the view action: on a postback (subscribe, cancel) the
   * forms inside the plan list are decoded before the view action has run.
   */
  public CatalogView getCatalog() {
    if (catalog == null) {
      catalog = load(param("slug"));
    }
    return catalog;
  }

  public Entry getEntry() {
    if (entry == null && !param("api").isEmpty()) {
      loadApi();
    }
    return entry;
  }

  /** The portal's root, e.g. {@code /ctx/portal/acme}. */
  public String getHome() {
    return context().getRequestContextPath() + "/portal/" + getCatalog().slug();
  }

  /** An API page's address. */
  public String link(Entry e) {
    return getHome() + "/apis/" + e.apiId() + "/" + e.stage();
  }

  public String limits(PlanOffer plan) {
    return PlanWords.limits(plan);
  }

  public String access(PlanOffer plan) {
    return PlanWords.access(plan);
  }

  /** The catalog filtered by {@code tag} (or, for the tag already chosen, by no tag). */
  public String tagLink(String tag) {
    return CatalogLinks.of(
        getHome(), getCatalog().query(), tag.equals(getCatalog().tag()) ? "" : tag);
  }

  /** The catalog searched for {@code q} under any tag. */
  public String getClearTagLink() {
    return CatalogLinks.of(getHome(), getCatalog().query(), "");
  }

  /** The tenant's colours as CSS custom properties for the portal's stylesheet. */
  public String getBrandStyle() {
    return CatalogLinks.brandStyle(getCatalog().brand());
  }

  /** The logo's address, or null when the tenant has none (the header shows the initial). */
  public String getLogoUrl() {
    String path = getCatalog().brand().logoPath();
    return path == null ? null : getHome() + "/" + path;
  }

  /** The publication's documentation, Markdown rendered and sanitised by docs-site. */
  public String documentationHtml(Entry e) {
    return e.documentation() == null ? "" : MARKDOWN.render(e.documentation()).html();
  }

  /**
   * The operations the try-it console offers, as JSON for its {@code data-operations} attribute
   * (Faces escapes it there; the script builds the page with text nodes only).
   */
  public String tryItJson(Entry e) {
    try {
      return JSON.writeValueAsString(e.operations());
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Cannot write the operations of " + e.apiId(), ex);
    }
  }

  public List<String> getLanguages() {
    return List.of("java", "typescript", "python");
  }

  private CatalogView load(String slug) {
    try {
      return catalogs.catalog(slug);
    } catch (PortalException e) {
      notFound(e.getMessage());
      return null;
    }
  }

  private static void notFound(String message) {
    try {
      context().responseSendError(404, message);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String param(String name) {
    String value = context().getRequestParameterMap().get(name);
    return value == null ? "" : value;
  }

  private static ExternalContext context() {
    return FacesContext.getCurrentInstance().getExternalContext();
  }
}
