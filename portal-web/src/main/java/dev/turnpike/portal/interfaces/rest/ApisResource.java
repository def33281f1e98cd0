package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.gateway.testinvoke.TestResult;
import dev.turnpike.portal.application.AccessViews.Tagged;
import dev.turnpike.portal.application.ApiExportService;
import dev.turnpike.portal.application.ApiMethodService;
import dev.turnpike.portal.application.ApiService;
import dev.turnpike.portal.application.DeploymentService;
import dev.turnpike.portal.application.TestInvokeService;
import dev.turnpike.portal.application.VersionedReads;
import dev.turnpike.portal.application.Views.ApiView;
import dev.turnpike.portal.application.Views.DeploymentView;
import dev.turnpike.portal.application.Views.StageView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A tenant's APIs: import from OpenAPI, read, export as OpenAPI, deploy to a stage. */
@Path("tenants/{tenantId}/apis")
@Produces(MediaType.APPLICATION_JSON)
public class ApisResource {
  public record NewDeployment(String stage, String description) {}

  @Inject ApiService apis;
  @Inject ApiMethodService methods;
  @Inject DeploymentService deployments;
  @Inject ApiExportService exports;
  @Inject CallerResolver callers;
  @Inject TestInvokeService testInvokes;
  @Inject VersionedReads versioned;

  @GET
  public List<ApiView> list(@PathParam("tenantId") String tenantId) {
    return apis.list(callers.caller(), tenantId);
  }

  /** The body is the OpenAPI 3 or Swagger 2 document itself, YAML or JSON. */
  @POST
  @Consumes({
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_PLAIN
  })
  public Response importApi(@PathParam("tenantId") String tenantId, String document) {
    return Response.status(201)
        .entity(apis.importApi(callers.caller(), tenantId, document))
        .build();
  }

  /** An API with no methods, to be built by hand: {@code {"name": ..., "version": ...}}. */
  @POST
  @Path("blank")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response createBlank(
      @PathParam("tenantId") String tenantId, ApiMethodService.NewApi body) {
    return Response.status(201)
        .entity(methods.createBlank(callers.caller(), tenantId, body))
        .build();
  }

  @GET
  @Path("{apiId}")
  public ApiView get(@PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId) {
    return apis.get(callers.caller(), tenantId, apiId);
  }

  /** The API's draft as OpenAPI 3.0: {@code ?flavour=turnpike|aws&format=json|yaml&stage=}. */
  @GET
  @Path("{apiId}/export")
  @Produces({MediaType.APPLICATION_JSON, "application/yaml"})
  public Response export(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @QueryParam("flavour") String flavour,
      @QueryParam("format") String format,
      @QueryParam("stage") String stage) {
    ApiExportService.Exported exported =
        exports.export(callers.caller(), tenantId, apiId, flavour, format, stage);
    return Response.ok(exported.document(), exported.mediaType())
        .header("Content-Disposition", "attachment; filename=\"" + exported.fileName() + "\"")
        .build();
  }

  /** A new version of the API's document becomes its draft; deploy it to serve it. */
  @jakarta.ws.rs.PUT
  @Path("{apiId}")
  @Consumes({
    "application/yaml",
    "application/x-yaml",
    "text/yaml",
    MediaType.APPLICATION_JSON,
    MediaType.TEXT_PLAIN
  })
  public ApiView replaceDraft(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId, String document) {
    return apis.replaceDraft(callers.caller(), tenantId, apiId, document);
  }

  @GET
  @Path("{apiId}/deployments")
  public List<DeploymentView> history(
      @PathParam("tenantId") String tenantId, @PathParam("apiId") String apiId) {
    return deployments.history(callers.caller(), tenantId, apiId);
  }

  /** One stage, with its ETag for a later PATCH's If-Match. */
  @GET
  @Path("{apiId}/stages/{stage}")
  public Tagged<StageView> stage(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("stage") String stage) {
    return versioned.stage(callers.caller(), tenantId, apiId, stage);
  }

  /**
   * Stage settings: its own throttle, the IETF RateLimit headers switch, the deployment it serves
   * (rollback), stage variables and per-method throttles ({@code methodSettings}).
   */
  @jakarta.ws.rs.PATCH
  @Path("{apiId}/stages/{stage}")
  @Consumes(MediaType.APPLICATION_JSON)
  public StageView configureStage(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      @PathParam("stage") String stage,
      DeploymentService.StageSettings body) {
    return deployments.configureStage(callers.caller(), tenantId, apiId, stage, body);
  }

  /** Runs one request against the draft through the real pipeline, with every step shown. */
  @POST
  @Path("{apiId}/test-invoke")
  @Consumes(MediaType.APPLICATION_JSON)
  public TestResult testInvoke(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      TestInvokeService.Invocation body) {
    return testInvokes.invoke(callers.caller(), tenantId, apiId, body);
  }

  @POST
  @Path("{apiId}/deployments")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response deploy(
      @PathParam("tenantId") String tenantId,
      @PathParam("apiId") String apiId,
      NewDeployment body) {
    NewDeployment request = body == null ? new NewDeployment(null, null) : body;
    DeploymentView deployed =
        deployments.deploy(
            callers.caller(), tenantId, apiId, request.stage(), request.description());
    return Response.status(201).entity(deployed).build();
  }
}
