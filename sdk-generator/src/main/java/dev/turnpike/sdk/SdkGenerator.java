package dev.turnpike.sdk;

import dev.turnpike.sdk.languages.CodeText;
import dev.turnpike.sdk.languages.LanguageTarget;
import dev.turnpike.sdk.languages.SdkView;
import dev.turnpike.sdk.languages.SdkViews;
import dev.turnpike.sdk.model.ApiModel;
import dev.turnpike.sdk.model.ApiModelBuilder;
import dev.turnpike.sdk.spec.InvalidSpecException;
import dev.turnpike.sdk.spec.OpenApiDocuments;
import dev.turnpike.sdk.template.TemplateException;
import dev.turnpike.sdk.template.VelocityTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Generates a complete client project for an OpenAPI 3 or Swagger 2 document. Instances are
 * immutable and thread-safe; templates are compiled once per instance.
 */
public final class SdkGenerator {

  private final VelocityTemplates templates = new VelocityTemplates("sdk-templates");

  /**
   * The SDK as a zip whose entries are the project's files (no enclosing folder).
   *
   * @throws SdkGenerationException when the document cannot be read or a template fails
   */
  public byte[] generate(String openApiDocument, Language language, SdkOptions options) {
    Map<String, String> files = files(openApiDocument, language, options);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the SDK zip in memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * Writes the SDK's files below {@code dir}, creating folders as needed and overwriting files of
   * the same name.
   */
  public void generateTo(String openApiDocument, Language language, SdkOptions options, Path dir) {
    Map<String, String> files = files(openApiDocument, language, options);
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      try {
        Files.createDirectories(target.getParent());
        Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new SdkGenerationException(
            "Could not write " + target + ": " + e.getMessage() + ". Check that it is writable.",
            e);
      }
    }
  }

  /** Relative path → content of every file of the SDK, in a stable order. */
  public Map<String, String> files(String openApiDocument, Language language, SdkOptions options) {
    Objects.requireNonNull(language, "language");
    SdkOptions opts = options == null ? SdkOptions.defaults() : options;
    ApiModel api;
    try {
      api = ApiModelBuilder.withInlineEnumsAsTypes(OpenApiDocuments.parse(openApiDocument)).build();
    } catch (InvalidSpecException e) {
      throw new SdkGenerationException(
          "Cannot generate a " + language.id() + " SDK: " + e.getMessage(), e);
    }
    LanguageTarget target = LanguageTarget.of(language);
    String baseUrl = opts.baseUrl() != null ? opts.baseUrl() : firstServer(api);
    String packageName = target.packageName(opts.packageName(), api.title());
    SdkView.Api view = new SdkViews(target).build(api, packageName, baseUrl);
    Map<String, String> files = new LinkedHashMap<>();
    for (LanguageTarget.OutputFile file : target.files(view)) {
      Map<String, Object> values = new HashMap<>(file.values());
      values.put("api", view);
      values.put("code", new CodeText(target));
      try {
        files.put(file.path(), templates.render(file.template(), values));
      } catch (TemplateException e) {
        throw new SdkGenerationException(
            "Cannot generate "
                + file.path()
                + " of the "
                + language.id()
                + " SDK: "
                + e.getMessage(),
            e);
      }
    }
    return files;
  }

  private static String firstServer(ApiModel api) {
    return api.servers().isEmpty() ? "http://localhost:8080" : api.servers().get(0);
  }
}
