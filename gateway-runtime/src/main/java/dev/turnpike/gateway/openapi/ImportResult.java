package dev.turnpike.gateway.openapi;

import dev.turnpike.gateway.definition.ApiDefinition;
import java.util.List;

/**
 * The outcome of an import: the definition (null when there are errors: a broken document is
 * refused whole), the errors, and the warnings for what was read but cannot be honoured yet.
 */
public record ImportResult(
    ApiDefinition definition, List<ImportProblem> errors, List<ImportProblem> warnings) {

  public ImportResult {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean ok() {
    return errors.isEmpty();
  }
}
