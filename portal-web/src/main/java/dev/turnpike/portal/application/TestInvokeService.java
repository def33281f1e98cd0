package dev.turnpike.portal.application;

import dev.turnpike.gateway.definition.ApiDefinition;
import dev.turnpike.gateway.testinvoke.TestRequest;
import dev.turnpike.gateway.testinvoke.TestResult;
import dev.turnpike.portal.infrastructure.gateway.TestInvokers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * Runs a request against an API's draft through the real gateway pipeline without deploying it
 * (publishers and above: the request reaches real backends). No transaction is held while the
 * backend answers.
 */
@ApplicationScoped
public class TestInvokeService {
  /** What a person types: method, path, query, headers, body, and stage variables to use. */
  public record Invocation(
      String method,
      String path,
      String query,
      Map<String, String> headers,
      String body,
      Map<String, String> stageVariables) {}

  @Inject ApiService apis;
  @Inject TestInvokers invokers;

  public TestResult invoke(Caller caller, String tenantId, String apiId, Invocation invocation) {
    ApiDefinition draft = apis.draft(caller, tenantId, apiId);
    Invocation given =
        invocation == null ? new Invocation(null, null, null, null, null, null) : invocation;
    TestRequest request;
    try {
      request =
          new TestRequest(
              given.method(), given.path(), given.query(), given.headers(), given.body());
    } catch (IllegalArgumentException e) {
      // Each TestRequest message starts with the field it is about.
      throw PortalException.badInput(e.getMessage().split(" ", 2)[0], e.getMessage());
    }
    Map<String, String> variables =
        given.stageVariables() == null ? Map.of() : given.stageVariables();
    try {
      return invokers.get().invoke(draft, variables, request);
    } catch (IllegalArgumentException e) {
      throw PortalException.badInput("stageVariables", e.getMessage());
    }
  }
}
