package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.Words;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** TypeScript SDK: ESM, fetch, strict tsconfig. */
public final class TypeScriptLanguage implements LanguageTarget {

  @Override
  public Language language() {
    return Language.TYPESCRIPT;
  }

  @Override
  public String packageName(String requested, String title) {
    String source = requested == null || requested.isBlank() ? title + " client" : requested;
    String kebab = Words.kebab(source);
    return kebab.isEmpty() ? "api-client" : kebab;
  }

  @Override
  public Set<String> reservedTypeNames() {
    return Set.of("ArrayBuffer", "Blob", "Uint8Array", "Response", "Headers");
  }

  @Override
  public String type(TypeRef type, TypeNames names, boolean inModels) {
    String prefix = inModels ? "" : "models.";
    return switch (type.kind()) {
      case STRING ->
          switch (type.format()) {
            case BINARY -> "ArrayBuffer";
            case ENUM -> prefix + names.of(type.schemaName());
            default -> "string";
          };
      case INTEGER, LONG, NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> type(type.item(), names, inModels) + "[]";
      case MODEL -> prefix + names.of(type.schemaName());
      case JSON -> json(type, names, inModels);
    };
  }

  private String json(TypeRef type, TypeNames names, boolean inModels) {
    if (type.is(TypeRef.Format.MAP)) {
      return "Record<string, " + type(type.item(), names, inModels) + ">";
    }
    if (type.is(TypeRef.Format.UNION) && type.schemaName() != null) {
      return (inModels ? "" : "models.") + names.of(type.schemaName());
    }
    if (type.is(TypeRef.Format.UNION) && !type.variants().isEmpty()) {
      return "("
          + type.variants().stream()
              .map(v -> type(v, names, inModels))
              .collect(Collectors.joining(" | "))
          + ")";
    }
    return "unknown";
  }

  @Override
  public String decoder(TypeRef type, TypeNames names, boolean inModels) {
    return null;
  }

  @Override
  public String literal(String text) {
    return CodeText.quote(text, false);
  }

  @Override
  public List<OutputFile> files(SdkView.Api api) {
    return List.of(
        new OutputFile("typescript/package.json.vm", "package.json"),
        new OutputFile("typescript/tsconfig.json.vm", "tsconfig.json"),
        new OutputFile("typescript/README.md.vm", "README.md"),
        new OutputFile("typescript/index.ts.vm", "src/index.ts"),
        new OutputFile("typescript/client.ts.vm", "src/client.ts"),
        new OutputFile("typescript/config.ts.vm", "src/config.ts"),
        new OutputFile("typescript/errors.ts.vm", "src/errors.ts"),
        new OutputFile("typescript/models.ts.vm", "src/models.ts"),
        new OutputFile("typescript/transport.ts.vm", "src/transport.ts"));
  }
}
