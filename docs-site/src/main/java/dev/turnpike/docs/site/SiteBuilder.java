package dev.turnpike.docs.site;

import dev.turnpike.docs.html.MarkdownRenderer;
import dev.turnpike.sdk.model.ApiModel;
import dev.turnpike.sdk.model.ApiModelBuilder;
import dev.turnpike.sdk.model.OperationModel;
import dev.turnpike.sdk.naming.UniqueNames;
import dev.turnpike.sdk.naming.Words;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the {@link SiteView.Site} of a parsed document. */
public final class SiteBuilder {

  /** The header the gateway reads API keys from. */
  public static final String API_KEY_HEADER = "x-api-key";

  private static final String DEFAULT_TAG = "default";

  private final OpenAPI openApi;
  private final Components components;
  private final MarkdownRenderer markdown = new MarkdownRenderer();
  private final Map<String, String> modelFiles = new LinkedHashMap<>();
  private final TypeDescriber types;

  public SiteBuilder(OpenAPI openApi) {
    this.openApi = openApi;
    this.components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
    UniqueNames files = new UniqueNames();
    schemas().keySet().forEach(name -> modelFiles.put(name, files.claim(fileName(name)) + ".html"));
    this.types = new TypeDescriber(modelFiles);
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
        SiteView.OperationPage page = page(model, path.getValue(), entry.getValue(), samples);
        pages.add(page);
        List<String> tags = entry.getValue().getTags();
        String tag = tags == null || tags.isEmpty() ? DEFAULT_TAG : tags.get(0);
        byTag.computeIfAbsent(tag, t -> new ArrayList<>()).add(page);
      }
    }
    String description = openApi.getInfo() == null ? null : openApi.getInfo().getDescription();
    return new SiteView.Site(
        api.title(),
        api.version(),
        markdown.render(description),
        Objects.requireNonNullElse(openApi.getServers(), List.<Server>of()).stream()
            .map(Server::getUrl)
            .filter(Objects::nonNull)
            .toList(),
        API_KEY_HEADER,
        sections(byTag),
        models(),
        pages);
  }

  private List<SiteView.Section> sections(Map<String, List<SiteView.OperationPage>> byTag) {
    Map<String, String> descriptions = new LinkedHashMap<>();
    Objects.requireNonNullElse(openApi.getTags(), List.<Tag>of())
        .forEach(tag -> descriptions.put(tag.getName(), tag.getDescription()));
    UniqueNames ids = new UniqueNames();
    List<SiteView.Section> sections = new ArrayList<>();
    byTag.forEach(
        (tag, operations) -> {
          if (!operations.isEmpty()) {
            String id = ids.claim("tag-" + Words.kebab(tag));
            sections.add(
                new SiteView.Section(
                    id, tag, markdown.render(descriptions.get(tag)), List.copyOf(operations)));
          }
        });
    return sections;
  }

  private SiteView.OperationPage page(
      OperationModel model, PathItem item, Operation operation, CodeSamples samples) {
    List<SiteView.ParameterRow> parameters = new ArrayList<>();
    List<Parameter> all =
        new ArrayList<>(Objects.requireNonNullElse(item.getParameters(), List.of()));
    all.addAll(Objects.requireNonNullElse(operation.getParameters(), List.of()));
    for (Parameter raw : all) {
      Parameter p = raw.get$ref() == null ? raw : lookup(components.getParameters(), raw.get$ref());
      if (p != null) {
        parameters.add(
            new SiteView.ParameterRow(
                p.getName(),
                p.getIn(),
                types.describe(p.getSchema()),
                Boolean.TRUE.equals(p.getRequired()),
                TypeDescriber.defaultValue(p.getSchema()),
                TypeDescriber.enumValues(p.getSchema()),
                markdown.render(p.getDescription())));
      }
    }
    return new SiteView.OperationPage(
        model.name(),
        model.method(),
        model.path(),
        Objects.requireNonNullElse(operation.getSummary(), ""),
        markdown.render(operation.getDescription()),
        Boolean.TRUE.equals(operation.getDeprecated()),
        parameters,
        body(operation.getRequestBody()),
        responses(operation),
        samples.samples(model));
  }

  private SiteView.BodyView body(RequestBody raw) {
    RequestBody body =
        raw == null || raw.get$ref() == null
            ? raw
            : lookup(components.getRequestBodies(), raw.get$ref());
    if (body == null || body.getContent() == null || body.getContent().isEmpty()) {
      return null;
    }
    MediaType media = ApiModelBuilder.jsonMedia(body.getContent());
    String contentType =
        body.getContent().entrySet().stream()
            .filter(e -> e.getValue() == media)
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("");
    return new SiteView.BodyView(
        contentType,
        types.describe(media.getSchema()),
        Boolean.TRUE.equals(body.getRequired()),
        markdown.render(body.getDescription()));
  }

  private List<SiteView.ResponseRow> responses(Operation operation) {
    List<SiteView.ResponseRow> rows = new ArrayList<>();
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
              SiteView.TypeView type =
                  response.getContent() == null || response.getContent().isEmpty()
                      ? null
                      : types.describe(
                          ApiModelBuilder.jsonMedia(response.getContent()).getSchema());
              rows.add(
                  new SiteView.ResponseRow(
                      status, markdown.render(response.getDescription()), type));
            });
    return rows;
  }

  private List<SiteView.ModelPage> models() {
    List<SiteView.ModelPage> pages = new ArrayList<>();
    schemas()
        .forEach(
            (name, schema) -> {
              List<String> required = Objects.requireNonNullElse(schema.getRequired(), List.of());
              List<SiteView.PropertyRow> properties = new ArrayList<>();
              Map<String, Schema> props =
                  schema.getProperties() == null ? Map.of() : schema.getProperties();
              props.forEach(
                  (property, value) ->
                      properties.add(
                          new SiteView.PropertyRow(
                              property,
                              types.describe(value),
                              required.contains(property),
                              TypeDescriber.enumValues(value),
                              markdown.render(value.getDescription()))));
              pages.add(
                  new SiteView.ModelPage(
                      name,
                      modelFiles.get(name),
                      markdown.render(schema.getDescription()),
                      types.describe(schema),
                      TypeDescriber.enumValues(schema),
                      properties));
            });
    return pages;
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
