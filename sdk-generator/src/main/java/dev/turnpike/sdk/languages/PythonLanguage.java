package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.Words;
import java.util.List;

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
  public String type(TypeRef type, boolean inModels) {
    return switch (type.kind()) {
      case STRING -> "str";
      case INTEGER, LONG -> "int";
      case NUMBER -> "float";
      case BOOLEAN -> "bool";
      case ARRAY -> "List[" + type(type.item(), inModels) + "]";
      case MODEL -> modelName(type, inModels);
      case JSON -> "Any";
    };
  }

  @Override
  public String decoder(TypeRef type, boolean inModels) {
    return switch (type.kind()) {
      case ARRAY -> "[" + decoder(type.item(), inModels) + "]";
      case MODEL -> modelName(type, inModels);
      default -> "None";
    };
  }

  private static String modelName(TypeRef type, boolean inModels) {
    return (inModels ? "" : "models.") + Language.PYTHON.naming().typeName(type.schemaName());
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
