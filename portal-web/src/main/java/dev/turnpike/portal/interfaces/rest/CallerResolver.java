package dev.turnpike.portal.interfaces.rest;

import dev.turnpike.portal.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** The caller the bearer filter verified; JAX-RS request properties are servlet attributes. */
@RequestScoped
public class CallerResolver {
  @Inject HttpServletRequest request;

  public Caller caller() {
    return (Caller) request.getAttribute(BearerAuthFilter.CALLER);
  }
}
