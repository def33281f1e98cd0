package dev.turnpike.sdk.model;

import java.util.List;

/**
 * The whole API as the generators see it.
 *
 * @param title API title, never {@code null}
 * @param version API version, never {@code null}
 * @param servers server URLs in document order
 * @param operations in document order (paths, then methods GET, PUT, POST, DELETE, ...)
 * @param schemas object schemas that become model types
 */
public record ApiModel(
    String title,
    String version,
    List<String> servers,
    List<OperationModel> operations,
    List<SchemaModel> schemas) {}
