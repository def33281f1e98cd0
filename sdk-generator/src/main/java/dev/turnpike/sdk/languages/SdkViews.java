package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.model.ApiModel;
import dev.turnpike.sdk.model.ArgumentModel;
import dev.turnpike.sdk.model.OperationModel;
import dev.turnpike.sdk.model.SchemaModel;
import dev.turnpike.sdk.naming.LanguageNaming;
import dev.turnpike.sdk.naming.UniqueNames;
import dev.turnpike.sdk.naming.Words;
import java.util.ArrayList;
import java.util.List;

/** Spells the neutral {@link ApiModel} for one language. */
public final class SdkViews {

  private final LanguageTarget target;
  private final LanguageNaming naming;

  public SdkViews(LanguageTarget target) {
    this.target = target;
    this.naming = target.language().naming();
  }

  /** The view of {@code api} with the given (already resolved) package name and base URL. */
  public SdkView.Api build(ApiModel api, String packageName, String baseUrl) {
    List<SdkView.Operation> operations = api.operations().stream().map(this::operation).toList();
    List<SdkView.Model> models = api.schemas().stream().map(this::model).toList();
    return new SdkView.Api(
        api.title(),
        api.version(),
        baseUrl,
        packageName,
        LanguageNaming.clientClassName(api.title()),
        operations,
        models);
  }

  private SdkView.Operation operation(OperationModel operation) {
    List<String> names = naming.argumentNames(operation.wireNames(), operation.bodyIndex());
    List<SdkView.Argument> arguments = new ArrayList<>();
    SdkView.Argument body = null;
    for (int i = 0; i < names.size(); i++) {
      ArgumentModel argument = operation.arguments().get(i);
      SdkView.Argument view =
          new SdkView.Argument(
              names.get(i),
              argument.wireName(),
              argument.location(),
              target.type(argument.type(), false),
              argument.required());
      arguments.add(view);
      if (argument.isBody()) {
        body = view;
      }
    }
    String returnType =
        operation.response() == null ? null : target.type(operation.response(), false);
    String decoder =
        operation.response() == null ? null : target.decoder(operation.response(), false);
    return new SdkView.Operation(
        naming.methodName(operation.name()),
        operation.method(),
        operation.path(),
        operation.summary(),
        arguments,
        body,
        returnType,
        decoder);
  }

  private SdkView.Model model(SchemaModel schema) {
    UniqueNames scope = new UniqueNames();
    List<SdkView.Field> fields = new ArrayList<>();
    for (SchemaModel.PropertyModel property : schema.properties()) {
      String name = naming.escape(scope.claim(naming.memberName(property.wireName())));
      String accessor = Words.pascal(name);
      fields.add(
          new SdkView.Field(
              name,
              property.wireName(),
              target.type(property.type(), true),
              target.decoder(property.type(), true),
              accessor.isEmpty() || accessor.equals("Class") ? accessor + "Value" : accessor,
              property.required()));
    }
    return new SdkView.Model(naming.typeName(schema.name()), schema.description(), fields);
  }
}
