package dev.turnpike.docs;

import dev.turnpike.docs.html.EscapingInsertionHandler;
import dev.turnpike.docs.html.SafeHtml;
import dev.turnpike.docs.parts.DocumentationParts;
import dev.turnpike.docs.parts.DocumentationPartsException;
import dev.turnpike.docs.parts.PartOverrides;
import dev.turnpike.docs.site.SearchIndex;
import dev.turnpike.docs.site.SiteBuilder;
import dev.turnpike.docs.site.SiteView;
import dev.turnpike.sdk.spec.InvalidSpecException;
import dev.turnpike.sdk.spec.OpenApiDocuments;
import dev.turnpike.sdk.template.TemplateException;
import dev.turnpike.sdk.template.VelocityTemplates;
import io.swagger.v3.oas.models.OpenAPI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders the static reference site of an OpenAPI 3 or Swagger 2 document: {@code index.html},
 * {@code operations/<name>.html}, {@code models/<Name>.html}, the stylesheet, two small scripts
 * (theme toggle, search) and the search index. Several versions go to one folder each with a
 * version switcher on every page and a root {@code index.html} pointing at the first (newest).
 * Every inserted value is HTML-escaped; descriptions are sanitised Markdown. Thread-safe.
 */
public final class ReferenceRenderer {

  private static final String SKIN = "docs-skin";
  private static final List<String> ASSETS = List.of("style.css", "theme.js", "search.js");
  private static final String EMBEDDED_PARTS = "x-amazon-apigateway-documentation";

  private final VelocityTemplates templates;

  public ReferenceRenderer() {
    Properties settings = new Properties();
    settings.setProperty(
        "event_handler.reference_insertion.class", EscapingInsertionHandler.class.getName());
    settings.setProperty("velocimacro.library.path", SKIN + "/macros.vm");
    this.templates = new VelocityTemplates(SKIN, settings);
  }

  /** Writes the site below {@code outDir}, creating folders and overwriting files. */
  public void render(String openApiDocument, Path outDir) {
    write(files(openApiDocument), outDir);
  }

  /** Writes the site of a document with documentation parts. */
  public void render(String openApiDocument, DocumentationParts parts, Path outDir) {
    write(files(List.of(new VersionedDocument("current", openApiDocument, parts))), outDir);
  }

  /** Writes the site of several versions (newest first) below {@code outDir}. */
  public void render(List<VersionedDocument> versions, Path outDir) {
    write(files(versions), outDir);
  }

  /** The site as a zip (paths relative to the site root). */
  public byte[] renderZip(String openApiDocument) {
    return zip(files(openApiDocument));
  }

  /** The site of several versions as a zip. */
  public byte[] renderZip(List<VersionedDocument> versions) {
    return zip(files(versions));
  }

  /** Relative path → content of every file of the site. */
  public Map<String, byte[]> files(String openApiDocument) {
    return files(List.of(new VersionedDocument("current", openApiDocument)));
  }

  /**
   * Relative path → content of every file. One version renders at the root; several render to one
   * folder per version (named after the label) with a switcher on each page.
   */
  public Map<String, byte[]> files(List<VersionedDocument> versions) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("Give at least one document to render.");
    }
    List<SiteView.Site> sites = new ArrayList<>();
    for (VersionedDocument version : versions) {
      sites.add(site(version, versions.size() == 1 ? "" : " (version " + version.label() + ")"));
    }
    if (sites.size() == 1) {
      return siteFiles(sites.get(0), List.of(), List.of(), 0);
    }
    List<String> folders = folders(versions);
    List<Set<String>> pages = new ArrayList<>();
    sites.forEach(site -> pages.add(pages(site)));
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put(
        "index.html",
        redirect(folders.get(0) + "/index.html", versions, folders)
            .getBytes(StandardCharsets.UTF_8));
    for (int i = 0; i < sites.size(); i++) {
      List<SwitcherEntry> entries = new ArrayList<>();
      for (int j = 0; j < sites.size(); j++) {
        entries.add(
            new SwitcherEntry(versions.get(j).label(), folders.get(j), j == i, pages.get(j)));
      }
      String folder = folders.get(i) + "/";
      siteFiles(sites.get(i), entries, folders, i)
          .forEach((path, content) -> files.put(folder + path, content));
    }
    return files;
  }

  private SiteView.Site site(VersionedDocument version, String where) {
    OpenAPI openApi;
    try {
      openApi = OpenApiDocuments.parse(version.openApi());
    } catch (InvalidSpecException e) {
      throw new DocsRenderException(
          "Cannot render reference docs" + where + ": " + e.getMessage(), e);
    }
    try {
      DocumentationParts parts = DocumentationParts.NONE;
      Object embedded =
          openApi.getExtensions() == null ? null : openApi.getExtensions().get(EMBEDDED_PARTS);
      if (embedded != null) {
        parts = DocumentationParts.fromObject(embedded, EMBEDDED_PARTS);
      }
      parts = parts.then(version.parts());
      return new SiteBuilder(openApi, PartOverrides.of(parts, openApi, "the documentation parts"))
          .build();
    } catch (DocumentationPartsException e) {
      throw new DocsRenderException(
          "Cannot render reference docs" + where + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new DocsRenderException(
          "Cannot render reference docs"
              + where
              + ": unexpected "
              + e
              + ". Please report it with the document.",
          e);
    }
  }

  /** One entry of the version switcher, as seen from one page. */
  public record VersionLink(String label, String href, boolean current) {}

  private record SwitcherEntry(String label, String folder, boolean current, Set<String> pages) {}

  private Map<String, byte[]> siteFiles(
      SiteView.Site site, List<SwitcherEntry> versions, List<String> folders, int index) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String asset : ASSETS) {
      files.put(asset, resource(asset));
    }
    SearchIndex search = SearchIndex.of(site);
    files.put("search-index.json", search.json().getBytes(StandardCharsets.UTF_8));
    files.put("search-index.js", search.script().getBytes(StandardCharsets.UTF_8));
    files.put(
        "index.html",
        page("index.vm", "Overview", "", "index.html", versions, Map.of("site", site)));
    for (SiteView.OperationPage operation : site.operations()) {
      String path = "operations/" + operation.name() + ".html";
      files.put(
          path,
          page(
              "operation.vm",
              operation.method() + " " + operation.path(),
              "../",
              path,
              versions,
              Map.of("site", site, "op", operation)));
    }
    for (SiteView.ModelPage model : site.models()) {
      String path = "models/" + model.file();
      files.put(
          path,
          page(
              "model.vm",
              model.name(),
              "../",
              path,
              versions,
              Map.of("site", site, "model", model)));
    }
    return files;
  }

  private static Set<String> pages(SiteView.Site site) {
    Set<String> pages = new LinkedHashSet<>();
    pages.add("index.html");
    site.operations().forEach(op -> pages.add("operations/" + op.name() + ".html"));
    site.models().forEach(model -> pages.add("models/" + model.file()));
    return pages;
  }

  private byte[] page(
      String template,
      String title,
      String root,
      String path,
      List<SwitcherEntry> versions,
      Map<String, Object> values) {
    Map<String, Object> context = new LinkedHashMap<>(values);
    context.put("root", root);
    List<VersionLink> links = new ArrayList<>();
    String currentLabel = "";
    for (SwitcherEntry entry : versions) {
      String target = entry.pages().contains(path) ? path : "index.html";
      links.add(
          new VersionLink(
              entry.label(), root + "../" + entry.folder() + "/" + target, entry.current()));
      if (entry.current()) {
        currentLabel = entry.label();
      }
    }
    context.put("versions", links);
    context.put("currentVersion", currentLabel);
    try {
      String content = templates.render(template, context);
      context.put("content", new SafeHtml(content));
      context.put("pageTitle", title);
      return templates.render("layout.vm", context).getBytes(StandardCharsets.UTF_8);
    } catch (TemplateException e) {
      throw new DocsRenderException("Cannot render page " + title + ": " + e.getMessage(), e);
    }
  }

  private String redirect(String target, List<VersionedDocument> versions, List<String> folders) {
    List<VersionLink> links = new ArrayList<>();
    for (int i = 0; i < versions.size(); i++) {
      links.add(new VersionLink(versions.get(i).label(), folders.get(i) + "/index.html", i == 0));
    }
    try {
      return templates.render("versions.vm", Map.of("target", target, "versions", links));
    } catch (TemplateException e) {
      throw new DocsRenderException("Cannot render the version list: " + e.getMessage(), e);
    }
  }

  /** Folder names for the labels: safe characters only, unique. */
  private static List<String> folders(List<VersionedDocument> versions) {
    List<String> folders = new ArrayList<>();
    for (VersionedDocument version : versions) {
      String base = version.label().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
      if (base.isEmpty()) {
        base = "version";
      }
      String candidate = base;
      for (int n = 2; folders.contains(candidate); n++) {
        candidate = base + "-" + n;
      }
      folders.add(candidate);
    }
    return folders;
  }

  private static void write(Map<String, byte[]> files, Path outDir) {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = outDir.resolve(file.getKey());
      try {
        Files.createDirectories(target.getParent());
        Files.write(target, file.getValue());
      } catch (IOException e) {
        throw new DocsRenderException(
            "Could not write " + target + ": " + e.getMessage() + ". Check that it is writable.",
            e);
      }
    }
  }

  private static byte[] zip(Map<String, byte[]> files) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the docs zip in memory", e);
    }
    return bytes.toByteArray();
  }

  private static byte[] resource(String name) {
    try (InputStream in = ReferenceRenderer.class.getResourceAsStream("/" + SKIN + "/" + name)) {
      if (in == null) {
        throw new DocsRenderException(
            "Skin file " + SKIN + "/" + name + " is missing from the classpath", null);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
