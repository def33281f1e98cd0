package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.Words;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Python 3.8+ SDK: standard library only (urllib.request, dataclasses), pyproject.toml. */
public final class PythonLanguage implements LanguageTarget {

  @Override
  public Language language() {
    return Language.PYTHON;
  }

  @Override
  public String packageName(String requested, String title) {
    String source = requested == null || requested.isBlank() ? title + " client" : requested;
    String snake = Words.snake(source);
    return Language.PYTHON.naming().escape(snake.isEmpty() ? "api_client" : snake);
  }

  @Override
  public Set<String> reservedTypeNames() {
    return Set.of(
        "None",
        "True",
        "False",
        "Union",
        "Enum",
        "Any",
        "Dict",
        "List",
        "Optional",
        "Type",
        "datetime");
  }

  @Override
  public String type(TypeRef type, TypeNames names, boolean inModels) {
    String prefix = inModels ? "" : "models.";
    return switch (type.kind()) {
      case STRING ->
          switch (type.format()) {
            case BINARY -> "bytes";
            case DATE -> "datetime.date";
            case DATE_TIME -> "datetime.datetime";
            case ENUM -> prefix + names.of(type.schemaName());
            default -> "str";
          };
      case INTEGER, LONG -> "int";
      case NUMBER -> "float";
      case BOOLEAN -> "bool";
      case ARRAY -> "List[" + type(type.item(), names, inModels) + "]";
      case MODEL -> prefix + names.of(type.schemaName());
      case JSON -> json(type, names, inModels);
    };
  }

  private String json(TypeRef type, TypeNames names, boolean inModels) {
    if (type.is(TypeRef.Format.MAP)) {
      return "Dict[str, " + type(type.item(), names, inModels) + "]";
    }
    if (type.is(TypeRef.Format.UNION) && type.schemaName() != null) {
      return (inModels ? "" : "models.") + names.of(type.schemaName());
    }
    if (type.is(TypeRef.Format.UNION) && !type.variants().isEmpty()) {
      return "Union["
          + type.variants().stream()
              .map(v -> type(v, names, inModels))
              .collect(Collectors.joining(", "))
          + "]";
    }
    return "Any";
  }

  @Override
  public String decoder(TypeRef type, TypeNames names, boolean inModels) {
    String prefix = inModels ? "" : "models.";
    if (type.is(TypeRef.Format.BINARY)) {
      return "bytes";
    }
    if (type.is(TypeRef.Format.TEXT)) {
      return "str";
    }
    if (type.is(TypeRef.Format.DATE)) {
      return prefix + "parse_date";
    }
    if (type.is(TypeRef.Format.DATE_TIME)) {
      return prefix + "parse_datetime";
    }
    if (type.is(TypeRef.Format.ENUM) || type.kind() == TypeRef.Kind.MODEL) {
      return prefix + names.of(type.schemaName());
    }
    if (type.is(TypeRef.Format.UNION) && type.schemaName() != null) {
      return prefix + "_decode_" + Words.snake(names.of(type.schemaName()));
    }
    String inner =
        type.kind() == TypeRef.Kind.ARRAY || type.is(TypeRef.Format.MAP)
            ? decoder(type.item(), names, inModels)
            : null;
    if (inner == null) {
      return null;
    }
    return type.kind() == TypeRef.Kind.ARRAY ? "[" + inner + "]" : "{\"\": " + inner + "}";
  }

  @Override
  public String literal(String text) {
    return CodeText.quote(text, false);
  }

  @Override
  public List<OutputFile> files(SdkView.Api api) {
    String pkg = api.packageName() + "/";
    return List.of(
        new OutputFile("python/pyproject.toml.vm", "pyproject.toml"),
        new OutputFile("python/README.md.vm", "README.md"),
        new OutputFile("python/__init__.py.vm", pkg + "__init__.py"),
        new OutputFile("python/client.py.vm", pkg + "client.py"),
        new OutputFile("python/config.py.vm", pkg + "config.py"),
        new OutputFile("python/exceptions.py.vm", pkg + "exceptions.py"),
        new OutputFile("python/models.py.vm", pkg + "models.py"),
        new OutputFile("python/_transport.py.vm", pkg + "_transport.py"));
  }
}
