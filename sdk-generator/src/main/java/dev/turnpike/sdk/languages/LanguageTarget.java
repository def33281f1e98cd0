package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.model.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What a language contributes to generation: names, type spellings and its template files. */
public interface LanguageTarget {

  /** A template to render and where its output goes, with extra template values. */
  record OutputFile(String template, String path, Map<String, Object> values) {
    public OutputFile(String template, String path) {
      this(template, path, Map.of());
    }
  }

  Language language();

  /** Package (or npm/Python distribution) name from the option, or derived from the title. */
  String packageName(String requested, String title);

  /** Names generated model types must not take (besides the client class). */
  Set<String> reservedTypeNames();

  /** Type expression of {@code type}; {@code inModels} when written inside the models file. */
  String type(TypeRef type, TypeNames names, boolean inModels);

  /** What the runtime needs to decode a value of {@code type}; {@code null} when nothing. */
  String decoder(TypeRef type, TypeNames names, boolean inModels);

  /** A double-quoted string literal holding {@code text}. */
  String literal(String text);

  /** Files of the SDK. */
  List<OutputFile> files(SdkView.Api api);

  /** The target for {@code language}. */
  static LanguageTarget of(Language language) {
    return switch (language) {
      case JAVA -> new JavaLanguage();
      case TYPESCRIPT -> new TypeScriptLanguage();
      case PYTHON -> new PythonLanguage();
    };
  }

  /** {@code json}, {@code text} or {@code binary}: how a response body of {@code type} is read. */
  static String responseKind(TypeRef type) {
    if (type != null && type.is(TypeRef.Format.BINARY)) {
      return "binary";
    }
    return type != null && type.is(TypeRef.Format.TEXT) ? "text" : "json";
  }
}
