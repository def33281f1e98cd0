package dev.turnpike.docs;

import dev.turnpike.docs.html.EscapingInsertionHandler;
import dev.turnpike.docs.html.SafeHtml;
import dev.turnpike.docs.site.SiteBuilder;
import dev.turnpike.docs.site.SiteView;
import dev.turnpike.sdk.spec.InvalidSpecException;
import dev.turnpike.sdk.spec.OpenApiDocuments;
import dev.turnpike.sdk.template.TemplateException;
import dev.turnpike.sdk.template.VelocityTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Renders the static reference site of an OpenAPI 3 or Swagger 2 document: {@code index.html},
 * {@code operations/<name>.html}, {@code models/<Name>.html} and {@code style.css}. Every inserted
 * value is HTML-escaped; descriptions are sanitised Markdown. Thread-safe.
 */
public final class ReferenceRenderer {

  private static final String SKIN = "docs-skin";

  private final VelocityTemplates templates;

  public ReferenceRenderer() {
    Properties escaping = new Properties();
    escaping.setProperty(
        "event_handler.reference_insertion.class", EscapingInsertionHandler.class.getName());
    this.templates = new VelocityTemplates(SKIN, escaping);
  }

  /** Writes the site below {@code outDir}, creating folders and overwriting files. */
  public void render(String openApiDocument, Path outDir) {
    for (Map.Entry<String, byte[]> file : files(openApiDocument).entrySet()) {
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

  /** The site as a zip (paths relative to the site root). */
  public byte[] renderZip(String openApiDocument) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files(openApiDocument).entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the docs zip in memory", e);
    }
    return bytes.toByteArray();
  }

  /** Relative path → content of every file of the site. */
  public Map<String, byte[]> files(String openApiDocument) {
    SiteView.Site site;
    try {
      site = new SiteBuilder(OpenApiDocuments.parse(openApiDocument)).build();
    } catch (InvalidSpecException e) {
      throw new DocsRenderException("Cannot render reference docs: " + e.getMessage(), e);
    }
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("style.css", resource("style.css"));
    files.put("index.html", page("index.vm", site.title(), "", Map.of("site", site)));
    for (SiteView.OperationPage operation : site.operations()) {
      files.put(
          "operations/" + operation.name() + ".html",
          page(
              "operation.vm",
              operation.method() + " " + operation.path(),
              "../",
              Map.of("site", site, "op", operation)));
    }
    for (SiteView.ModelPage model : site.models()) {
      files.put(
          "models/" + model.file(),
          page("model.vm", model.name(), "../", Map.of("site", site, "model", model)));
    }
    return files;
  }

  private byte[] page(String template, String title, String root, Map<String, Object> values) {
    Map<String, Object> context = new LinkedHashMap<>(values);
    context.put("root", root);
    try {
      String content = templates.render(template, context);
      context.put("content", new SafeHtml(content));
      context.put("pageTitle", title);
      return templates.render("layout.vm", context).getBytes(StandardCharsets.UTF_8);
    } catch (TemplateException e) {
      throw new DocsRenderException("Cannot render page " + title + ": " + e.getMessage(), e);
    }
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
