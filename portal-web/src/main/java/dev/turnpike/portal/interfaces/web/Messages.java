package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.PortalException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts outcomes on the page: refusals with their details, and successes. */
final class Messages {
  private Messages() {}

  static void refused(PortalException e) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    e.details()
        .forEach(
            d ->
                faces.addMessage(
                    null,
                    new FacesMessage(
                        FacesMessage.SEVERITY_ERROR, d.location() + ": " + d.message(), null)));
  }

  static void done(String summary) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
  }
}
