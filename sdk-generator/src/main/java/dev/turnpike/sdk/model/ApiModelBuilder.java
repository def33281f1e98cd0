package dev.turnpike.sdk.model;

import dev.turnpike.sdk.naming.OperationNames;
import dev.turnpike.sdk.naming.UniqueNames;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Builds the {@link ApiModel} of a parsed document. */
public final class ApiModelBuilder {

  private final OpenAPI openApi;
  private final Components components;
  private final TypeResolver types;

  /** Builds from the document as it is; the document is not changed. */
  public ApiModelBuilder(OpenAPI openApi) {
    this.openApi = Objects.requireNonNull(openApi, "openApi");
    this.components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
    this.types = new TypeResolver(components.getSchemas());
  }

  /**
   * For SDK generation: first moves inline enums into named component schemas so each gets a type
   * of its own. This changes {@code openApi}, so pass a document parsed for this purpose only
   * (docs-site, which renders the document afterwards, uses the plain constructor).
   */
  public static ApiModelBuilder withInlineEnumsAsTypes(OpenAPI openApi) {
    Objects.requireNonNull(openApi, "openApi");
    if (openApi.getComponents() == null) {
      openApi.setComponents(new Components());
    }
    InlineEnums.hoist(openApi, openApi.getComponents());
    return new ApiModelBuilder(openApi);
  }

  public ApiModel build() {
    String title = "API";
    String version = "0.0.0";
    if (openApi.getInfo() != null) {
      title = Objects.requireNonNullElse(openApi.getInfo().getTitle(), title);
      version = Objects.requireNonNullElse(openApi.getInfo().getVersion(), version);
    }
    List<String> servers =
        openApi.getServers() == null
            ? List.of()
            : openApi.getServers().stream().map(Server::getUrl).filter(Objects::nonNull).toList();
    return new ApiModel(title, version, servers, operations(), schemas());
  }

  private List<OperationModel> operations() {
    List<OperationModel> result = new ArrayList<>();
    UniqueNames names = new UniqueNames();
    Map<String, PathItem> paths = openApi.getPaths() == null ? Map.of() : openApi.getPaths();
    for (Map.Entry<String, PathItem> path : paths.entrySet()) {
      PathItem item = path.getValue();
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
        String method = entry.getKey().name();
        Operation operation = entry.getValue();
        String name =
            names.claim(OperationNames.baseName(operation.getOperationId(), method, path.getKey()));
        result.add(
            new OperationModel(
                name,
                method,
                path.getKey(),
                operation.getSummary(),
                arguments(item, operation),
                response(operation)));
      }
    }
    return result;
  }

  private List<ArgumentModel> arguments(PathItem item, Operation operation) {
    Map<String, Parameter> merged = new LinkedHashMap<>();
    for (List<Parameter> list :
        List.of(
            Objects.requireNonNullElse(item.getParameters(), List.<Parameter>of()),
            Objects.requireNonNullElse(operation.getParameters(), List.<Parameter>of()))) {
      for (Parameter raw : list) {
        Parameter parameter = resolve(raw);
        if (parameter != null && List.of("path", "query", "header").contains(parameter.getIn())) {
          merged.put(parameter.getIn() + ":" + parameter.getName(), parameter);
        }
      }
    }
    List<ArgumentModel> required = new ArrayList<>();
    List<ArgumentModel> optional = new ArrayList<>();
    for (Parameter parameter : merged.values()) {
      boolean isRequired = "path".equals(parameter.getIn()) || isTrue(parameter.getRequired());
      ArgumentModel argument =
          new ArgumentModel(
              parameter.getName(),
              parameter.getIn(),
              isRequired,
              types.resolve(parameter.getSchema()),
              parameter.getDescription());
      (isRequired ? required : optional).add(argument);
    }
    RequestBody body = resolve(operation.getRequestBody());
    if (body != null && body.getContent() != null) {
      MediaType media = jsonMedia(body.getContent());
      TypeRef type = types.resolve(media == null ? null : media.getSchema());
      required.add(
          new ArgumentModel(
              "body", "body", isTrue(body.getRequired()), type, body.getDescription()));
    }
    required.addAll(optional);
    return Collections.unmodifiableList(required);
  }

  private TypeRef response(Operation operation) {
    if (operation.getResponses() == null) {
      return null;
    }
    return operation.getResponses().entrySet().stream()
        .filter(e -> e.getKey().startsWith("2"))
        .sorted(Map.Entry.comparingByKey())
        .findFirst()
        .map(e -> resolve(e.getValue()))
        .filter(r -> r.getContent() != null && !r.getContent().isEmpty())
        .map(r -> responseType(r.getContent()))
        .orElse(null);
  }

  private TypeRef responseType(Content content) {
    String mediaType =
        content.keySet().stream()
            .filter(ApiModelBuilder::isJson)
            .findFirst()
            .orElse(content.keySet().iterator().next());
    Schema<?> schema = content.get(mediaType).getSchema();
    boolean binaryString =
        schema != null && "binary".equals(schema.getFormat()) && schema.get$ref() == null;
    if (isJson(mediaType) && !binaryString) {
      return types.resolve(schema);
    }
    boolean text = mediaType.startsWith("text/") && !binaryString;
    return TypeRef.of(TypeRef.Kind.STRING, text ? TypeRef.Format.TEXT : TypeRef.Format.BINARY);
  }

  private static boolean isJson(String mediaType) {
    return mediaType.contains("json") || mediaType.equals("*/*");
  }

  private List<SchemaModel> schemas() {
    SchemaModels models = new SchemaModels(components, types);
    List<SchemaModel> result = new ArrayList<>();
    Map<String, Schema> schemas =
        components.getSchemas() == null ? Map.of() : components.getSchemas();
    for (Map.Entry<String, Schema> entry : schemas.entrySet()) {
      SchemaModel model = models.of(entry.getKey(), entry.getValue());
      if (model != null) {
        result.add(model);
      }
    }
    return result;
  }

  /** The JSON media type of {@code content}, else its first one. */
  public static MediaType jsonMedia(Content content) {
    MediaType json = content.get("application/json");
    if (json != null) {
      return json;
    }
    return content.entrySet().stream()
        .filter(e -> e.getKey().contains("json"))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse(content.values().iterator().next());
  }

  private Parameter resolve(Parameter parameter) {
    return parameter == null || parameter.get$ref() == null
        ? parameter
        : lookup(components.getParameters(), parameter.get$ref());
  }

  private RequestBody resolve(RequestBody body) {
    return body == null || body.get$ref() == null
        ? body
        : lookup(components.getRequestBodies(), body.get$ref());
  }

  private ApiResponse resolve(ApiResponse response) {
    return response == null || response.get$ref() == null
        ? response
        : lookup(components.getResponses(), response.get$ref());
  }

  private static <T> T lookup(Map<String, T> map, String ref) {
    return map == null ? null : map.get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static boolean isTrue(Boolean value) {
    return Boolean.TRUE.equals(value);
  }
}
