package dev.turnpike.docs.html;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Velocity hook that HTML-escapes every value a template inserts, so a template cannot emit a raw
 * tenant string by mistake. {@link SafeHtml} values pass through unchanged.
 */
public final class EscapingInsertionHandler implements ReferenceInsertionEventHandler {

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SafeHtml safe) {
      return safe.html();
    }
    return HtmlEscaper.escape(String.valueOf(value));
  }
}
