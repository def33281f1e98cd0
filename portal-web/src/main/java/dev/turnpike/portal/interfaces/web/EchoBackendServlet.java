package dev.turnpike.portal.interfaces.web;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;

/**
 * The demo tenant's backend: answers with the method, path, query and headers it received, so a
 * person trying the demo API can see what the gateway forwarded.
 */
@WebServlet("/demo-backend/*")
public class EchoBackendServlet extends HttpServlet {
  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    JsonObjectBuilder headers = Json.createObjectBuilder();
    for (String name : Collections.list(request.getHeaderNames())) {
      headers.add(name.toLowerCase(java.util.Locale.ROOT), request.getHeader(name));
    }
    String body =
        Json.createObjectBuilder()
            .add("backend", "turnpike-demo-echo")
            .add("method", request.getMethod())
            .add("path", String.valueOf(request.getPathInfo()))
            .add("query", request.getQueryString() == null ? "" : request.getQueryString())
            .add("headers", headers)
            .build()
            .toString();
    response.setContentType("application/json");
    response.getWriter().write(body);
  }
}
