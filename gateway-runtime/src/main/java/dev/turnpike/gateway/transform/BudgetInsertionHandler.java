package dev.turnpike.gateway.transform;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;

/**
 * Charges every reference written out (in the output or inside an interpolated string such as
 * {@code "$a$a"}) to the rendering's {@link RenderBudget}, before it is turned into text, and
 * renders a reference to nothing as an empty string, as Amazon does.
 */
public final class BudgetInsertionHandler implements ReferenceInsertionEventHandler {

  @Override
  public Object referenceInsert(Context context, String reference, Object value) {
    if (value == null) {
      // As Amazon: a reference to nothing ($input.path('$.missing'), $context.authorizer.x)
      // renders as an empty string, not as its own source text.
      return "";
    }
    RenderBudget budget = RenderBudget.current();
    if (budget != null) {
      try {
        Sizes.charge(value, budget, 0);
      } catch (TemplateLimitException e) {
        throw new TemplateLimitException(e.getMessage() + " (at " + reference + ")", e.line());
      }
    }
    return value;
  }
}
