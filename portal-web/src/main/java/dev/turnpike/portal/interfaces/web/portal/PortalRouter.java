package dev.turnpike.portal.interfaces.web.portal;

import dev.turnpike.portal.application.PortalArtifacts;
import dev.turnpike.portal.application.PortalException;
import dev.turnpike.portal.application.TenantLogoService;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives the developer portal readable addresses: {@code /portal/{slug}} (catalog), {@code
 * /portal/{slug}/apis/{apiId}/{stage}} (API page), {@code /portal/{slug}/keys} (My keys), {@code
 * …/account} and {@code …/inbox} are forwarded to the Faces pages; {@code signin}, {@code terms}
 * and {@code signout} go to {@link PortalSignInRoutes}, and a signed-in developer who has not
 * accepted the current terms of use sees the terms before any page; {@code …/logo} is the tenant's
 * logo; the reference docs ({@code …/docs/…}), the docs zip and the SDK zips are served from {@link
 * PortalArtifacts}. A filter and not a servlet on {@code /portal/*}, because such a servlet would
 * also take the {@code *.xhtml} pages below {@code /portal/}.
 */
@WebFilter("/portal/*")
public class PortalRouter extends HttpFilter {
  private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");
  private static final Pattern CATALOG = Pattern.compile("/portal/([^/]+)/?");
  private static final Pattern API = Pattern.compile("/portal/([^/]+)/apis/([^/]+)/([^/]+)(/.*)?");
  private static final Pattern LOGO = Pattern.compile("/portal/([^/]+)/logo");
  private static final Pattern ACCOUNT =
      Pattern.compile("/portal/([^/]+)/(signin|signout|terms|keys|account|inbox)");
  private static final Set<String> SIGNED_IN_PAGES = Set.of("keys", "account", "inbox");

  private static final Pattern SDK = Pattern.compile("/sdk/([a-z]+)\\.zip");

  @Inject PortalArtifacts artifacts;
  @Inject TenantLogoService logos;
  @Inject PortalSignInRoutes signIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.endsWith(".xhtml")) {
      chain.doFilter(request, response);
      return;
    }
    try {
      route(path, request, response);
    } catch (PortalException e) {
      problem(response, e.kind().status(), e.getMessage());
    }
  }

  private void route(String path, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    Matcher catalog = CATALOG.matcher(path);
    if (catalog.matches() && SEGMENT.matcher(catalog.group(1)).matches()) {
      if (signIn.termsFirst(catalog.group(1), "", request, response)) {
        return;
      }
      forward("/portal/catalog.xhtml?slug=" + enc(catalog.group(1)), request, response);
      return;
    }
    Matcher account = ACCOUNT.matcher(path);
    if (account.matches() && SEGMENT.matcher(account.group(1)).matches()) {
      account(account.group(1), account.group(2), request, response);
      return;
    }
    Matcher logo = LOGO.matcher(path);
    if (logo.matches() && SEGMENT.matcher(logo.group(1)).matches()) {
      logo(logo.group(1), request, response);
      return;
    }
    Matcher api = API.matcher(path);
    if (!api.matches() || !safe(api.group(1), api.group(2), api.group(3))) {
      problem(response, HttpServletResponse.SC_NOT_FOUND, "No such page in the developer portal.");
      return;
    }
    String slug = api.group(1);
    String apiId = api.group(2);
    String stage = api.group(3);
    String rest = api.group(4) == null ? "" : api.group(4);
    if (rest.isEmpty() || rest.equals("/")) {
      if (signIn.termsFirst(slug, "apis/" + apiId + "/" + stage, request, response)) {
        return;
      }
      forward(
          "/portal/api.xhtml?slug=" + enc(slug) + "&api=" + enc(apiId) + "&stage=" + enc(stage),
          request,
          response);
    } else if (rest.equals("/docs")) {
      // The site links relatively (operations/x.html, style.css): it needs the trailing slash.
      response.sendRedirect(request.getRequestURI() + "/");
    } else if (rest.startsWith("/docs/")) {
      docs(
          artifacts.docsFile(slug, apiId, stage, rest.substring("/docs/".length())),
          rest,
          response);
    } else if (rest.equals("/docs.zip")) {
      download(
          artifacts.docsZip(slug, apiId, stage),
          artifacts.baseName(slug, apiId, stage) + "-docs.zip",
          response);
    } else {
      Matcher sdk = SDK.matcher(rest);
      if (!sdk.matches()) {
        problem(
            response, HttpServletResponse.SC_NOT_FOUND, "No such page in the developer portal.");
        return;
      }
      byte[] zip = artifacts.sdkZip(slug, apiId, stage, sdk.group(1));
      download(
          zip, artifacts.baseName(slug, apiId, stage) + "-" + sdk.group(1) + "-sdk.zip", response);
    }
  }

  /**
   * {@code keys}, {@code account} and {@code inbox} are the signed-in developer's pages (after the
   * terms); the rest is signing in and out.
   */
  private void account(
      String slug, String page, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    if (!SIGNED_IN_PAGES.contains(page)) {
      signIn.route(slug, page, request, response);
    } else if (!signIn.termsFirst(slug, page, request, response)) {
      forward("/portal/" + page + ".xhtml?slug=" + enc(slug), request, response);
    }
  }

  /**
   * The tenant's logo. Its address carries a version ({@code ?v=}), so browsers may keep it a day;
   * a strong ETag answers revalidations with 304. nosniff and a sandboxing CSP make sure the bytes
   * are only ever treated as the image type they were checked to be.
   */
  private void logo(String slug, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<TenantLogoService.LogoFile> file = logos.bySlug(slug);
    if (file.isEmpty()) {
      problem(response, HttpServletResponse.SC_NOT_FOUND, "This portal has no logo.");
      return;
    }
    String etag = "\"" + file.get().sha256() + "\"";
    response.setHeader("ETag", etag);
    response.setHeader("Cache-Control", "public, max-age=86400");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Content-Security-Policy", "default-src 'none'; sandbox");
    if (etag.equals(request.getHeader("If-None-Match"))) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] image = file.get().image();
    response.setContentType(file.get().contentType());
    response.setContentLength(image.length);
    response.getOutputStream().write(image);
  }

  private static void docs(Optional<byte[]> file, String path, HttpServletResponse response)
      throws IOException {
    if (file.isEmpty()) {
      problem(response, HttpServletResponse.SC_NOT_FOUND, "No page " + path + " in these docs.");
      return;
    }
    response.setContentType(contentType(path));
    response.setHeader("Cache-Control", "public, max-age=60");
    response.getOutputStream().write(file.get());
  }

  /** A plain-text answer naming what went wrong, not the server's generic error page. */
  private static void problem(HttpServletResponse response, int status, String message)
      throws IOException {
    response.setStatus(status);
    response.setContentType("text/plain;charset=UTF-8");
    response.getWriter().println(message);
  }

  private static void download(byte[] zip, String fileName, HttpServletResponse response)
      throws IOException {
    response.setContentType("application/zip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    response.setContentLength(zip.length);
    response.getOutputStream().write(zip);
  }

  private static String contentType(String path) {
    if (path.endsWith("/") || path.endsWith(".html")) {
      return "text/html;charset=UTF-8";
    }
    if (path.endsWith(".css")) {
      return "text/css;charset=UTF-8";
    }
    if (path.endsWith(".js")) {
      return "text/javascript;charset=UTF-8";
    }
    return path.endsWith(".json") ? "application/json" : "application/octet-stream";
  }

  private static void forward(
      String target, HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    request.getRequestDispatcher(target).forward(request, response);
  }

  private static boolean safe(String... segments) {
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
