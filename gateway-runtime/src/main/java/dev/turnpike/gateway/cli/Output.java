package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prints results: pretty JSON with {@code --json}, otherwise an aligned table of chosen columns.
 */
final class Output {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Output() {}

  record Column(String title, Function<JsonNode, String> value) {
    static Column field(String title, String field) {
      return new Column(title, row -> text(row.path(field)));
    }
  }

  static void print(CliArgs args, PrintStream out, JsonNode result, List<Column> columns) {
    if (args.flag("json")) {
      json(out, result);
      return;
    }
    List<JsonNode> rows = new ArrayList<>();
    if (result.isArray()) {
      result.forEach(rows::add);
    } else {
      rows.add(result);
    }
    table(out, rows, columns);
  }

  static void json(PrintStream out, JsonNode result) {
    try {
      out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(result));
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static void table(PrintStream out, List<JsonNode> rows, List<Column> columns) {
    if (rows.isEmpty()) {
      out.println("(none)");
      return;
    }
    int[] widths = new int[columns.size()];
    List<String[]> cells = new ArrayList<>();
    String[] header = new String[columns.size()];
    for (int c = 0; c < columns.size(); c++) {
      header[c] = columns.get(c).title();
      widths[c] = header[c].length();
    }
    for (JsonNode row : rows) {
      String[] line = new String[columns.size()];
      for (int c = 0; c < columns.size(); c++) {
        line[c] = columns.get(c).value().apply(row);
        widths[c] = Math.max(widths[c], line[c].length());
      }
      cells.add(line);
    }
    out.println(format(header, widths));
    cells.forEach(line -> out.println(format(line, widths)));
  }

  static String text(JsonNode node) {
    if (node == null || node.isMissingNode() || node.isNull()) {
      return "-";
    }
    if (node.isArray()) {
      List<String> parts = new ArrayList<>();
      node.forEach(n -> parts.add(n.isValueNode() ? n.asText() : n.toString()));
      return String.join(",", parts);
    }
    return node.isValueNode() ? node.asText() : node.toString();
  }

  private static String format(String[] line, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int c = 0; c < line.length; c++) {
      text.append(c == line.length - 1 ? line[c] : pad(line[c], widths[c] + 2));
    }
    return text.toString().stripTrailing();
  }

  private static String pad(String value, int width) {
    return value + " ".repeat(Math.max(0, width - value.length()));
  }
}
