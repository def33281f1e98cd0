package dev.turnpike.gateway.openapi;

import java.util.ArrayList;
import java.util.List;

/** Collects errors and warnings during one import. */
final class Problems {
  final List<ImportProblem> errors = new ArrayList<>();
  final List<ImportProblem> warnings = new ArrayList<>();

  void error(String pointer, String message) {
    errors.add(new ImportProblem(pointer, message));
  }

  void warn(String pointer, String message) {
    warnings.add(new ImportProblem(pointer, message));
  }
}
