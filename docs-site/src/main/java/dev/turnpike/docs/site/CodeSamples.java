package dev.turnpike.docs.site;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.languages.LanguageTarget;
import dev.turnpike.sdk.model.ApiModel;
import dev.turnpike.sdk.model.ArgumentModel;
import dev.turnpike.sdk.model.OperationModel;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.LanguageNaming;
import java.util.ArrayList;
import java.util.List;

/**
 * Code samples for one operation: curl and a call through each generated SDK. Method, argument,
 * type and package names come from sdk-generator, so the samples match the SDKs.
 */
final class CodeSamples {

  private static final String KEY = "YOUR_API_KEY";

  private final ApiModel api;
  private final String baseUrl;
  private final String apiKeyHeader;

  CodeSamples(ApiModel api, String apiKeyHeader) {
    this.api = api;
    this.baseUrl = api.servers().isEmpty() ? "http://localhost:8080" : api.servers().get(0);
    this.apiKeyHeader = apiKeyHeader;
  }

  List<SiteView.Sample> samples(OperationModel operation) {
    return List.of(
        new SiteView.Sample("curl", "curl", curl(operation)),
        new SiteView.Sample("java", "Java", java(operation)),
        new SiteView.Sample("typescript", "TypeScript", typescript(operation)),
        new SiteView.Sample("python", "Python", python(operation)));
  }

  private String curl(OperationModel operation) {
    StringBuilder url = new StringBuilder(baseUrl.replaceAll("/+$", "") + operation.path());
    String separator = "?";
    for (ArgumentModel argument : operation.arguments()) {
      if (argument.location().equals("query") && argument.required()) {
        url.append(separator).append(argument.wireName()).append("=...");
        separator = "&";
      }
    }
    StringBuilder out = new StringBuilder("curl -X " + operation.method() + " " + shell(url));
    out.append(" \\\n  -H ").append(shell(apiKeyHeader + ": " + KEY));
    for (ArgumentModel argument : operation.arguments()) {
      if (argument.location().equals("header") && argument.required()) {
        out.append(" \\\n  -H ").append(shell(argument.wireName() + ": ..."));
      }
    }
    if (operation.bodyIndex() >= 0) {
      out.append(" \\\n  -H 'Content-Type: application/json' \\\n  -d '{}'");
    }
    return out.toString();
  }

  private String java(OperationModel operation) {
    String pkg = LanguageTarget.of(Language.JAVA).packageName(null, api.title());
    String client = LanguageNaming.clientClassName(api.title());
    List<String> values = new ArrayList<>();
    for (ArgumentModel argument : operation.arguments()) {
      values.add(argument.required() ? javaValue(argument.type()) : "null");
    }
    return "import "
        + pkg
        + ".*;\nimport "
        + pkg
        + ".model.*;\n\n"
        + client
        + " client = new "
        + client
        + "(ClientConfig.builder().apiKey(\""
        + KEY
        + "\").build());\n"
        + (operation.response() == null ? "" : "var result = ")
        + "client."
        + LanguageNaming.JAVA.methodName(operation.name())
        + "("
        + String.join(", ", values)
        + ");";
  }

  private String typescript(OperationModel operation) {
    String pkg = LanguageTarget.of(Language.TYPESCRIPT).packageName(null, api.title());
    String client = LanguageNaming.clientClassName(api.title());
    List<String> values = new ArrayList<>();
    for (ArgumentModel argument : operation.arguments()) {
      if (argument.required()) {
        values.add(scriptValue(argument.type(), "[]", "{}", "true"));
      }
    }
    return "import { "
        + client
        + " } from \""
        + pkg
        + "\";\n\nconst client = new "
        + client
        + "({ apiKey: \""
        + KEY
        + "\" });\n"
        + (operation.response() == null ? "" : "const result = ")
        + "await client."
        + LanguageNaming.TYPESCRIPT.methodName(operation.name())
        + "("
        + String.join(", ", values)
        + ");";
  }

  private String python(OperationModel operation) {
    String pkg = LanguageTarget.of(Language.PYTHON).packageName(null, api.title());
    String client = LanguageNaming.clientClassName(api.title());
    List<String> values = new ArrayList<>();
    for (ArgumentModel argument : operation.arguments()) {
      if (argument.required()) {
        TypeRef type = argument.type();
        values.add(
            type.kind() == TypeRef.Kind.MODEL
                ? "models." + LanguageNaming.PYTHON.typeName(type.schemaName()) + "()"
                : scriptValue(type, "[]", "{}", "True"));
      }
    }
    return "from "
        + pkg
        + " import "
        + client
        + ", ClientConfig, models\n\nclient = "
        + client
        + "(ClientConfig(api_key=\""
        + KEY
        + "\"))\n"
        + (operation.response() == null ? "" : "result = ")
        + "client."
        + LanguageNaming.PYTHON.methodName(operation.name())
        + "("
        + String.join(", ", values)
        + ")";
  }

  private static String javaValue(TypeRef type) {
    return switch (type.kind()) {
      case STRING -> "\"value\"";
      case INTEGER -> "1";
      case LONG -> "1L";
      case NUMBER -> "1.0";
      case BOOLEAN -> "true";
      case ARRAY -> "java.util.List.of()";
      case MODEL -> "new " + LanguageNaming.JAVA.typeName(type.schemaName()) + "()";
      case JSON -> "null";
    };
  }

  private static String scriptValue(TypeRef type, String array, String object, String bool) {
    return switch (type.kind()) {
      case STRING -> "\"value\"";
      case INTEGER, LONG -> "1";
      case NUMBER -> "1.0";
      case BOOLEAN -> bool;
      case ARRAY -> array;
      case MODEL, JSON -> object;
    };
  }

  private static String shell(CharSequence text) {
    return "'" + text.toString().replace("'", "'\\''") + "'";
  }
}
