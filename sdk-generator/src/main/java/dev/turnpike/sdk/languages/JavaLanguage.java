package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Java 17 SDK: java.net.http client, Jackson models, Maven build. */
public final class JavaLanguage implements LanguageTarget {

  private static final Set<String> RESERVED =
      Set.of(
          "LocalDate",
          "OffsetDateTime",
          "JsonValue",
          "JsonCreator",
          "JsonTypeInfo",
          "JsonSubTypes",
          "JsonProperty",
          "JsonInclude",
          "JsonIgnoreProperties",
          "JsonAutoDetect",
          "Override",
          "Enum",
          "Record");

  private static final Map<String, String> TEMPLATES =
      Map.of("model", "Model.java.vm", "enum", "Enum.java.vm", "interface", "Union.java.vm");

  @Override
  public Language language() {
    return Language.JAVA;
  }

  @Override
  public String packageName(String requested, String title) {
    if (requested == null || requested.isBlank()) {
      String joined = String.join("", Words.split(title));
      return segment(joined.isEmpty() ? "api" : joined) + ".client";
    }
    return Arrays.stream(requested.split("\\."))
        .filter(s -> !s.isBlank())
        .map(s -> segment(String.join("", Words.split(s))))
        .collect(Collectors.joining("."));
  }

  private static String segment(String word) {
    return Language.JAVA.naming().escape(word.isEmpty() ? "api" : word);
  }

  @Override
  public Set<String> reservedTypeNames() {
    return RESERVED;
  }

  @Override
  public String type(TypeRef type, TypeNames names, boolean inModels) {
    return switch (type.kind()) {
      case STRING ->
          switch (type.format()) {
            case DATE -> "LocalDate";
            case DATE_TIME -> "OffsetDateTime";
            case BINARY -> "byte[]";
            case ENUM -> names.of(type.schemaName());
            default -> "String";
          };
      case INTEGER -> "Integer";
      case LONG -> "Long";
      case NUMBER -> "Double";
      case BOOLEAN -> "Boolean";
      case ARRAY -> "List<" + type(type.item(), names, inModels) + ">";
      case MODEL -> names.of(type.schemaName());
      case JSON -> json(type, names, inModels);
    };
  }

  private String json(TypeRef type, TypeNames names, boolean inModels) {
    if (type.is(TypeRef.Format.MAP)) {
      return "Map<String, " + type(type.item(), names, inModels) + ">";
    }
    boolean polymorphic =
        type.is(TypeRef.Format.UNION)
            && type.schemaName() != null
            && names.polymorphic(type.schemaName());
    return polymorphic ? names.of(type.schemaName()) : "JsonNode";
  }

  @Override
  public String decoder(TypeRef type, TypeNames names, boolean inModels) {
    if (type.is(TypeRef.Format.BINARY)) {
      return "ApiTransport.BINARY";
    }
    if (type.is(TypeRef.Format.TEXT)) {
      return "ApiTransport.TEXT";
    }
    return "new TypeReference<" + type(type, names, inModels) + ">() {}";
  }

  @Override
  public String literal(String text) {
    return CodeText.quote(text, true);
  }

  @Override
  public List<OutputFile> files(SdkView.Api api) {
    String source = "src/main/java/" + api.packageName().replace('.', '/') + "/";
    List<OutputFile> files = new ArrayList<>();
    files.add(new OutputFile("java/pom.xml.vm", "pom.xml"));
    files.add(new OutputFile("java/README.md.vm", "README.md"));
    files.add(new OutputFile("java/Client.java.vm", source + api.clientName() + ".java"));
    files.add(new OutputFile("java/ClientConfig.java.vm", source + "ClientConfig.java"));
    files.add(new OutputFile("java/ApiException.java.vm", source + "ApiException.java"));
    files.add(new OutputFile("java/ApiTransport.java.vm", source + "ApiTransport.java"));
    files.add(new OutputFile("java/package-info.java.vm", source + "model/package-info.java"));
    for (SdkView.Model model : api.models()) {
      if (!model.kind().equals("union")) {
        files.add(
            new OutputFile(
                "java/" + TEMPLATES.get(model.kind()),
                source + "model/" + model.name() + ".java",
                Map.of("model", model)));
      }
    }
    return files;
  }
}
