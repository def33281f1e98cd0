package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.definition.MethodDefinition;
import dev.turnpike.portal.application.CatalogView.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deployed definition's methods as the try-it console offers them: sorted by path, ANY offered as
 * each common verb (the browser must send a real one), parameters read from the resource path and
 * from the request validator's required ones.
 */
final class TryItOperations {

  private static final List<String> ANY_AS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
  private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
  private static final String QUERY = "method.request.querystring.";
  private static final String HEADER = "method.request.header.";

  private TryItOperations() {}

  static List<Operation> of(ApiDefinition definition) {
    List<Operation> operations = new ArrayList<>();
    for (MethodDefinition method : definition.methods()) {
      List<String> verbs =
          "ANY".equals(method.httpMethod()) ? ANY_AS : List.of(method.httpMethod());
      for (String verb : verbs) {
        operations.add(operation(verb, method));
      }
    }
    operations.sort(
        Comparator.comparing(Operation::path).thenComparing(o -> ANY_AS.indexOf(o.method())));
    return List.copyOf(operations);
  }

  private static Operation operation(String verb, MethodDefinition method) {
    List<String> pathParameters = new ArrayList<>();
    Matcher m = PATH_PARAMETER.matcher(method.resourcePath());
    while (m.find()) {
      pathParameters.add(m.group(1));
    }
    List<String> required =
        method.requestValidation() == null
            ? List.of()
            : method.requestValidation().requiredParameters();
    return new Operation(
        verb,
        method.resourcePath(),
        method.apiKeyRequired(),
        pathParameters,
        named(required, QUERY),
        named(required, HEADER));
  }

  private static List<String> named(List<String> parameters, String prefix) {
    return parameters.stream()
        .filter(p -> p.startsWith(prefix))
        .map(p -> p.substring(prefix.length()))
        .toList();
  }
}
