package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.Words;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Java 17 SDK: java.net.http client, Jackson models, Maven build. */
public final class JavaLanguage implements LanguageTarget {

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
  public String type(TypeRef type, boolean inModels) {
    return switch (type.kind()) {
      case STRING -> "String";
      case INTEGER -> "Integer";
      case LONG -> "Long";
      case NUMBER -> "Double";
      case BOOLEAN -> "Boolean";
      case ARRAY -> "List<" + type(type.item(), inModels) + ">";
      case MODEL -> Language.JAVA.naming().typeName(type.schemaName());
      case JSON -> "JsonNode";
    };
  }

  @Override
  public String decoder(TypeRef type, boolean inModels) {
    return "new TypeReference<" + type(type, inModels) + ">() {}";
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
    for (SdkView.Model model : api.models()) {
      files.add(
          new OutputFile(
              "java/Model.java.vm",
              source + "model/" + model.name() + ".java",
              Map.of("model", model)));
    }
    return files;
  }
}
