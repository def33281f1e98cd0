package dev.turnpike.docs.site;

import dev.turnpike.docs.html.MarkdownRenderer;
import dev.turnpike.docs.html.SafeHtml;
import dev.turnpike.docs.parts.PartOverrides;
import dev.turnpike.sdk.model.ApiModel;
import dev.turnpike.sdk.model.ApiModelBuilder;
import dev.turnpike.sdk.model.OperationModel;
import dev.turnpike.sdk.naming.UniqueNames;
import dev.turnpike.sdk.naming.Words;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the {@link SiteView.Site} of a parsed document; documentation parts ({@link
 * PartOverrides}) replace or add descriptions, summaries and tags.
 */
public final class SiteBuilder {

  /** The header the gateway reads API keys from. */
  public static final String API_KEY_HEADER = "x-api-key";

  private static final String DEFAULT_TAG = "default";

  private final OpenAPI openApi;
  private final PartOverrides parts;
  private final Components components;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final Map<String, String> modelFiles = new LinkedHashMap<>();
  private final TypeDescriber types;
  private final SchemaDescriber schemas;
  private final Examples examples;
  private final Map<String, String> tagIds = new LinkedHashMap<>();
  private final UniqueNames tagIdNames = new UniqueNames();

  public SiteBuilder(OpenAPI openApi) {
    this(openApi, PartOverrides.NONE);
  }

  public SiteBuilder(OpenAPI openApi, PartOverrides parts) {
    this.openApi = openApi;
    this.parts = parts;
    this.components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
    UniqueNames files = new UniqueNames();
    schemas().keySet().forEach(name -> modelFiles.put(name, files.claim(fileName(name)) + ".html"));
    this.types = new TypeDescriber(modelFiles);
    this.schemas = new SchemaDescriber(components, types, markdown);
    this.examples = new Examples(components);
  }

  public SiteView.Site build() {
    ApiModel api = new ApiModelBuilder(openApi).build();
    CodeSamples samples = new CodeSamples(api, API_KEY_HEADER);
    Map<String, List<SiteView.OperationPage>> byTag = new LinkedHashMap<>();
    Objects.requireNonNullElse(openApi.getTags(), List.<Tag>of())
        .forEach(tag -> byTag.put(tag.getName(), new ArrayList<>()));
    List<SiteView.OperationPage> pages = new ArrayList<>();
    int index = 0;
    Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
    for (Map.Entry<String, PathItem> path : paths.entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        OperationModel model = api.operations().get(index++);
        List<String> tags =
            parts
                .tags(path.getKey(), entry.getKey().name())
                .orElse(Objects.requireNonNullElse(entry.getValue().getTags(), List.of()));
        String tag = tags.isEmpty() ? DEFAULT_TAG : tags.get(0);
        SiteView.OperationPage page =
            page(model, path.getKey(), path.getValue(), entry.getValue(), tag, samples);
        pages.add(page);
        byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(page);
      }
    }
    String description = openApi.getInfo() == null ? null : openApi.getInfo().getDescription();
    return new SiteView.Site(
        parts.api("title").orElse(api.title()),
        api.version(),
        markdown.render(parts.api("description").orElse(description)),
        Objects.requireNonNullElse(openApi.getServers(), List.<Server>of()).stream()
            .map(Server::getUrl)
            .filter(Objects::nonNull)
            .toList(),
        API_KEY_HEADER,
        auth(),
        sections(byTag),
        models(),
        pages);
  }

  private List<SiteView.AuthView> auth() {
    List<SiteView.AuthView> out = new ArrayList<>();
    Map<String, SecurityScheme> declared =
        Objects.requireNonNullElse(components.getSecuritySchemes(), Map.of());
    declared.forEach(
        (name, scheme) -> {
          if (scheme == null || scheme.getType() == null) {
            return;
          }
          SafeHtml text = markdown.render(scheme.getDescription());
          switch (scheme.getType()) {
            case APIKEY -> {
              if (scheme.getIn() == SecurityScheme.In.HEADER
                  && API_KEY_HEADER.equalsIgnoreCase(scheme.getName())) {
                return;
              }
              String in = scheme.getIn() == null ? "header" : scheme.getIn().toString();
              out.add(
                  new SiteView.AuthView(
                      name,
                      "API key in " + in + " " + scheme.getName(),
                      in.equals("header") ? scheme.getName() : "",
                      in.equals("header")
                          ? scheme.getName() + ": YOUR_KEY"
                          : scheme.getName() + "=YOUR_KEY",
                      text));
            }
            case HTTP -> {
              boolean bearer = "bearer".equalsIgnoreCase(scheme.getScheme());
              String format =
                  scheme.getBearerFormat() == null ? "" : scheme.getBearerFormat() + " ";
              out.add(
                  new SiteView.AuthView(
                      name,
                      bearer
                          ? "Bearer token (" + format.strip() + ")"
                          : "HTTP " + scheme.getScheme(),
                      "Authorization",
                      bearer
                          ? "Authorization: Bearer YOUR_" + (format.isBlank() ? "TOKEN" : "JWT")
                          : "Authorization: Basic BASE64(user:password)",
                      text));
            }
            case OAUTH2, OPENIDCONNECT ->
                out.add(
                    new SiteView.AuthView(
                        name,
                        scheme.getType() == SecurityScheme.Type.OAUTH2
                            ? "OAuth 2 access token (JWT)"
                            : "OpenID Connect ID token (JWT)",
                        "Authorization",
                        "Authorization: Bearer YOUR_JWT",
                        text));
            default -> {}
          }
        });
    return out;
  }

  private List<SiteView.Section> sections(Map<String, List<SiteView.OperationPage>> byTag) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    Objects.requireNonNullElse(openApi.getTags(), List.<Tag>of())
        .forEach(tag -> descriptions.put(tag.getName(), tag.getDescription()));
    List<SiteView.Section> sections = new ArrayList<>();
    byTag.forEach(
        (tag, operations) -> {
          if (!operations.isEmpty()) {
            String id = tagId(tag);
            sections.add(
                new SiteView.Section(
                    id, tag, markdown.render(descriptions.get(tag)), List.copyOf(operations)));
          }
        });
    return sections;
  }

  private SiteView.OperationPage page(
      OperationModel model,
      String path,
      PathItem item,
      Operation operation,
      String tag,
      CodeSamples samples) {
    String method = model.method();
    List<SiteView.ParameterRow> parameters = new ArrayList<>();
    Map<String, Parameter> merged = new LinkedHashMap<>();
    List<Parameter> all =
        new ArrayList<>(Objects.requireNonNullElse(item.getParameters(), List.of()));
    all.addAll(Objects.requireNonNullElse(operation.getParameters(), List.of()));
    for (Parameter raw : all) {
      Parameter p = raw.get$ref() == null ? raw : lookup(components.getParameters(), raw.get$ref());
      if (p != null) {
        merged.put(p.getIn() + ":" + p.getName(), p);
      }
    }
    UniqueNames ids = new UniqueNames();
    for (Parameter p : merged.values()) {
      parameters.add(
          new SiteView.ParameterRow(
              ids.claim("param-" + SchemaDescriber.slug(p.getIn() + "-" + p.getName())),
              p.getName(),
              p.getIn(),
              types.describe(p.getSchema()),
              Boolean.TRUE.equals(p.getRequired()),
              TypeDescriber.defaultValue(p.getSchema()),
              TypeDescriber.enumValues(p.getSchema()),
              Examples.given(p.getExample(), p.getSchema()),
              TypeDescriber.constraints(p.getSchema()),
              markdown.render(
                  parts
                      .parameter(path, method, p.getIn(), p.getName())
                      .orElse(p.getDescription()))));
    }
    return new SiteView.OperationPage(
        model.name(),
        method,
        model.path(),
        parts
            .method(path, method, "summary")
            .orElse(Objects.requireNonNullElse(operation.getSummary(), "")),
        markdown.render(
            parts.method(path, method, "description").orElse(operation.getDescription())),
        markdown.render(parts.resource(path, "description").orElse(item.getDescription())),
        Boolean.TRUE.equals(operation.getDeprecated()),
        tag,
        tagId(tag),
        parameters,
        body(path, method, operation.getRequestBody()),
        responses(path, method, operation),
        samples.samples(model));
  }

  private SiteView.BodyView body(String path, String method, RequestBody raw) {
    RequestBody body =
        raw == null || raw.get$ref() == null
            ? raw
            : lookup(components.getRequestBodies(), raw.get$ref());
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return null;
    }
    MediaType media = ApiModelBuilder.jsonMedia(body.getContent());
    String contentType = contentType(body.getContent(), media);
    return new SiteView.BodyView(
        contentType,
        Boolean.TRUE.equals(body.getRequired()),
        markdown.render(parts.requestBody(path, method).orElse(body.getDescription())),
        schemas.describe(media == null ? null : media.getSchema(), "body-", true),
        examples.of(media));
  }

  private List<SiteView.ResponseView> responses(String path, String method, Operation operation) {
    List<SiteView.ResponseView> rows = new ArrayList<>();
    if (operation.getResponses() == null) {
      return rows;
    }
    operation
        .getResponses()
        .forEach(
            (status, raw) -> {
              ApiResponse response =
                  raw.get$ref() == null ? raw : lookup(components.getResponses(), raw.get$ref());
              if (response == null) {
                return;
              }
              String id = "response-" + SchemaDescriber.slug(status);
              MediaType media =
                  response.getContent() == null || response.getContent().isEmpty()
                      ? null
                      : ApiModelBuilder.jsonMedia(response.getContent());
              List<SiteView.HeaderRow> headers = new ArrayList<>();
              Objects.requireNonNullElse(response.getHeaders(), Map.<String, Header>of())
                  .forEach(
                      (name, header) -> {
                        Header h =
                            header.get$ref() == null
                                ? header
                                : lookup(components.getHeaders(), header.get$ref());
                        headers.add(
                            new SiteView.HeaderRow(
                                name,
                                types.describe(h == null ? null : h.getSchema()),
                                markdown.render(
                                    parts
                                        .responseHeader(path, method, status, name)
                                        .orElse(h == null ? null : h.getDescription()))));
                      });
              rows.add(
                  new SiteView.ResponseView(
                      id,
                      status,
                      markdown.render(
                          parts.response(path, method, status).orElse(response.getDescription())),
                      media == null ? "" : contentType(response.getContent(), media),
                      markdown.render(parts.responseBody(path, method, status).orElse(null)),
                      media == null ? null : schemas.describe(media.getSchema(), id + "-", true),
                      media == null ? "" : examples.of(media),
                      headers));
            });
    return rows;
  }

  private List<SiteView.ModelPage> models() {
    List<SiteView.ModelPage> pages = new ArrayList<>();
    schemas()
        .forEach(
            (name, schema) ->
                pages.add(
                    new SiteView.ModelPage(
                        name,
                        modelFiles.get(name),
                        markdown.render(
                            parts.model(name, "description").orElse(schema.getDescription())),
                        schemas.describe(schema, "", false),
                        examples.of(schema))));
    return pages;
  }

  private String tagId(String tag) {
    return tagIds.computeIfAbsent(tag, t -> tagIdNames.claim("tag-" + SchemaDescriber.slug(t)));
  }

  private static String contentType(Map<String, MediaType> content, MediaType media) {
    return content.entrySet().stream()
        .filter(e -> e.getValue() == media)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse("");
  }

  private Map<String, Schema> schemas() {
    return components.getSchemas() == null ? Map.of() : components.getSchemas();
  }

  private static String fileName(String schemaName) {
    String pascal = Words.pascal(schemaName);
    return pascal.isEmpty() ? "Model" : pascal;
  }

  private static <T> T lookup(Map<String, T> map, String ref) {
    return map == null ? null : map.get(ref.substring(ref.lastIndexOf('/') + 1));
  }
}
