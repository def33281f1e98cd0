package dev.turnpike.gateway.transform;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.VelocityException;

/**
 * A mapping template parsed once; rendering is thread-safe and allocates only its context.
 *
 * <p>Renderings run on the caller's thread (an event loop) within {@link TemplateLimits}: the work
 * is capped deterministically (loop iterations, characters built, output size, macro depth) and a
 * wall-clock deadline is checked at each of those counts. A rendering past a limit is cut off with
 * a {@link TemplateException}; nothing is left running. We chose this over rendering on a worker
 * pool with a timeout because a Java thread cannot be stopped safely: a timed-out rendering would
 * keep burning a core.
 */
public final class CompiledTemplate {

  private final String name;
  private final Template template;
  private final TemplateLimits limits;

  CompiledTemplate(String name, Template template, TemplateLimits limits) {
    this.name = name;
    this.template = template;
    this.limits = limits;
  }

  public String name() {
    return name;
  }

  /**
   * Renders the template with the given variables.
   *
   * @throws TemplateException when rendering fails or goes past a limit, naming the template and
   *     line
   */
  public String render(TemplateVariables variables) {
    VelocityContext context = new VelocityContext(variables.asMap());
    CappedWriter out = new CappedWriter(limits.maxOutputChars());
    RenderBudget budget =
        RenderBudget.open(
            limits, variables.input() == null ? 0 : variables.input().getBody().length());
    try {
      template.merge(context, out);
    } catch (RuntimeException e) {
      throw failure(e);
    } catch (StackOverflowError e) {
      throw new TemplateException(name + ": nesting too deep (stack overflow)", null);
    } finally {
      budget.close();
    }
    return out.toString();
  }

  private TemplateException failure(RuntimeException e) {
    TemplateLimitException limit = find(e, TemplateLimitException.class);
    if (limit != null) {
      int line = limit.line() > 0 ? limit.line() : lineOf(e);
      return new TemplateException(
          name + at(line) + ": cut off, " + limit.getMessage(), e, line, true);
    }
    int line = lineOf(e);
    Throwable cause =
        e instanceof MethodInvocationException && e.getCause() != null ? e.getCause() : e;
    String message =
        e instanceof VelocityException && !(e instanceof MethodInvocationException)
            ? e.getMessage()
            : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    return new TemplateException(name + at(line) + ": " + message, e, line, false);
  }

  private static String at(int line) {
    return line > 0 ? ", line " + line : "";
  }

  private static int lineOf(Throwable e) {
    MethodInvocationException mie = find(e, MethodInvocationException.class);
    return mie == null ? 0 : mie.getLineNumber();
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }
}
