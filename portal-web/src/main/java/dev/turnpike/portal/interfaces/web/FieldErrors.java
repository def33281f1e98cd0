package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.PortalException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts a refusal's details next to the fields they name: a detail's location as the management API
 * reports it ({@code parameters[2].name}, {@code validator}, {@code
 * requestModels.application/json}) is turned into the client id of the form's component ({@code
 * form:params:2:name}) through a map of body field names to component ids. The summary goes to the
 * page's messages; a detail with no component stays there too.
 */
final class FieldErrors {
  private static final Pattern ROW = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+).*");

  private FieldErrors() {}

  static void refused(PortalException e, String form, Map<String, String> ids) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    e.details()
        .forEach(
            d -> {
              String clientId = clientId(form, d.location(), ids);
              String text = clientId == null ? d.location() + ": " + d.message() : d.message();
              faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            });
  }

  /** The client id for a location, or null when no component shows it. */
  static String clientId(String form, String location, Map<String, String> ids) {
    if (location == null) {
      return null;
    }
    Matcher row = ROW.matcher(location);
    if (row.matches() && ids.containsKey(row.group(1)) && ids.containsKey(row.group(3))) {
      return form + ":" + ids.get(row.group(1)) + ":" + row.group(2) + ":" + ids.get(row.group(3));
    }
    String head = location.split("[.\\[]", 2)[0];
    return ids.containsKey(head) ? form + ":" + ids.get(head) : null;
  }
}
