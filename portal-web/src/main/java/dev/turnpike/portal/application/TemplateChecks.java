package dev.turnpike.portal.application;

import dev.turnpike.gateway.transform.TemplateEngine;
import dev.turnpike.gateway.transform.TemplateException;
import dev.turnpike.portal.application.PortalException.Detail;
import dev.turnpike.portal.application.PortalException.Kind;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Templates keyed by content type, checked as the gateway will compile them: a key that is not a
 * media type is refused (400), a template the gateway's {@link TemplateEngine} does not compile is
 * refused (422) with its name and line, so nothing is stored that a deployment would reject.
 */
final class TemplateChecks {
  private TemplateChecks() {}

  /**
   * The templates in content-type order. {@code what} names them in messages; {@code field} is
   * where they sit in the request body ("line" for the older template editor's details).
   */
  static Map<String, String> checked(
      TemplateEngine engine, String what, String field, Map<String, String> templates) {
    Map<String, String> result = new TreeMap<>();
    if (templates == null) {
      return result;
    }
    for (Map.Entry<String, String> e : templates.entrySet()) {
      String contentType = e.getKey() == null ? "" : e.getKey().trim();
      if (!MediaTypes.valid(contentType)) {
        throw PortalException.badInput(
            "line".equals(field) ? "contentType" : field,
            "'" + contentType + "' in " + what + " is not a media type.");
      }
      String name = what + " for '" + contentType + "'";
      try {
        engine.compile(name, e.getValue());
      } catch (TemplateException ex) {
        boolean editor = "line".equals(field);
        Detail detail =
            editor
                ? new Detail("line " + ex.line(), ex.getMessage())
                : new Detail(
                    field + "." + contentType, "line " + ex.line() + ": " + ex.getMessage());
        throw new PortalException(
            Kind.UNPROCESSABLE,
            ex.getMessage().replace(" and deploy again", " and save again"),
            List.of(detail));
      }
      result.put(contentType, e.getValue() == null ? "" : e.getValue());
    }
    return result;
  }

  /** Media type syntax (type/subtype), as content-type keys of templates and models need. */
  static final class MediaTypes {
    private MediaTypes() {}

    static boolean valid(String contentType) {
      return contentType != null
          && contentType.matches("[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+*-]+");
    }
  }
}
