package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.model.ApiModel;
import dev.turnpike.sdk.model.ArgumentModel;
import dev.turnpike.sdk.model.OperationModel;
import dev.turnpike.sdk.model.SchemaModel;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.LanguageNaming;
import dev.turnpike.sdk.naming.UniqueNames;
import dev.turnpike.sdk.naming.Words;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Spells the neutral {@link ApiModel} for one language. */
public final class SdkViews {

  private static final List<String> RESERVED_MEMBERS = List.of("to_dict", "from_dict");

  private final LanguageTarget target;
  private final LanguageNaming naming;
  private TypeNames names;

  public SdkViews(LanguageTarget target) {
    this.target = target;
    this.naming = target.language().naming();
  }

  /** The view of {@code api} with the given (already resolved) package name and base URL. */
  public SdkView.Api build(ApiModel api, String packageName, String baseUrl) {
    String clientName = LanguageNaming.clientClassName(api.title());
    Set<String> reserved = new HashSet<>(target.reservedTypeNames());
    reserved.add(clientName);
    names = new TypeNames(naming, api.schemas(), reserved);
    Map<String, List<String>> parents = new HashMap<>();
    for (SchemaModel schema : api.schemas()) {
      if (TypeNames.isPolymorphic(schema)) {
        for (TypeRef variant : schema.union().variants()) {
          parents
              .computeIfAbsent(variant.schemaName(), k -> new ArrayList<>())
              .add(names.of(schema.name()));
        }
      }
    }
    List<SdkView.Operation> operations = api.operations().stream().map(this::operation).toList();
    List<SdkView.Model> models =
        api.schemas().stream()
            .map(s -> model(s, parents.getOrDefault(s.name(), List.of())))
            .toList();
    return new SdkView.Api(
        api.title(), api.version(), baseUrl, packageName, clientName, operations, models);
  }

  private SdkView.Operation operation(OperationModel operation) {
    List<String> argumentNames = naming.argumentNames(operation.wireNames(), operation.bodyIndex());
    List<SdkView.Argument> arguments = new ArrayList<>();
    SdkView.Argument body = null;
    for (int i = 0; i < argumentNames.size(); i++) {
      ArgumentModel argument = operation.arguments().get(i);
      SdkView.Argument view =
          new SdkView.Argument(
              argumentNames.get(i),
              argument.wireName(),
              argument.location(),
              target.type(argument.type(), names, false),
              argument.required());
      arguments.add(view);
      if (argument.isBody()) {
        body = view;
      }
    }
    TypeRef response = operation.response();
    return new SdkView.Operation(
        naming.methodName(operation.name()),
        operation.method(),
        operation.path(),
        operation.summary(),
        arguments,
        body,
        response == null ? null : target.type(response, names, false),
        response == null ? null : target.decoder(response, names, false),
        LanguageTarget.responseKind(response));
  }

  private SdkView.Model model(SchemaModel schema, List<String> parents) {
    String name = names.of(schema.name());
    if (schema.isEnum()) {
      return new SdkView.Model(
          "enum",
          name,
          schema.description(),
          List.of(),
          constants(schema.enumValues()),
          List.of(),
          null,
          List.of(),
          List.of(),
          null);
    }
    if (schema.isUnion()) {
      List<String> variants =
          schema.union().variants().stream().map(v -> target.type(v, names, true)).toList();
      List<SdkView.Constant> mapping = new ArrayList<>();
      schema
          .mapping()
          .forEach((value, type) -> mapping.add(new SdkView.Constant(value, names.of(type))));
      String kind = names.polymorphic(schema.name()) ? "interface" : "union";
      TypeRef self = TypeRef.union(schema.name(), schema.union().variants());
      return new SdkView.Model(
          kind,
          name,
          schema.description(),
          List.of(),
          List.of(),
          variants,
          schema.discriminator(),
          mapping,
          List.of(),
          target.decoder(self, names, true));
    }
    UniqueNames scope = new UniqueNames(RESERVED_MEMBERS);
    List<SdkView.Field> fields = new ArrayList<>();
    for (SchemaModel.PropertyModel property : schema.properties()) {
      String field = naming.escape(scope.claim(naming.memberName(property.wireName())));
      String accessor = Words.pascal(field);
      fields.add(
          new SdkView.Field(
              field,
              property.wireName(),
              target.type(property.type(), names, true),
              target.decoder(property.type(), names, true),
              accessor.isEmpty() || accessor.equals("Class") ? accessor + "Value" : accessor,
              property.required()));
    }
    return new SdkView.Model(
        "model",
        name,
        schema.description(),
        fields,
        List.of(),
        List.of(),
        null,
        List.of(),
        parents,
        null);
  }

  /** Upper-snake constant names, unique, valid in every language. */
  private static List<SdkView.Constant> constants(List<String> values) {
    UniqueNames scope = new UniqueNames();
    List<SdkView.Constant> constants = new ArrayList<>();
    for (String value : values) {
      String base = Words.snake(value).toUpperCase(java.util.Locale.ROOT);
      if (base.isEmpty()) {
        base = "EMPTY";
      } else if (!Character.isLetter(base.charAt(0))) {
        base = "VALUE_" + base;
      }
      constants.add(new SdkView.Constant(scope.claim(base), value));
    }
    return constants;
  }
}
