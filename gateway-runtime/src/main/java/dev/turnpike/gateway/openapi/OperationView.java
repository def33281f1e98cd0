package dev.turnpike.gateway.openapi;

import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.util.List;
import java.util.Map;

/**
 * An operation as the importer needs it, whether it came from a regular operation or from AWS's
 * {@code x-amazon-apigateway-any-method}: method, id, security (null = the document's), extensions,
 * parameters (path-level ones first) and request body (null: none).
 */
record OperationView(
    String pointer,
    String path,
    String method,
    String operationId,
    List<? extends Map<String, ?>> security,
    Map<String, Object> extensions,
    List<Parameter> parameters,
    RequestBody requestBody) {}
