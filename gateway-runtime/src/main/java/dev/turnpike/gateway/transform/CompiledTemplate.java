package dev.turnpike.gateway.transform;

import java.io.StringWriter;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.exception.VelocityException;

/** A mapping template parsed once; rendering is thread-safe and allocates only its context. */
public final class CompiledTemplate {

  private final String name;
  private final Template template;

  CompiledTemplate(String name, Template template) {
    this.name = name;
    this.template = template;
  }

  public String name() {
    return name;
  }

  /**
   * Renders the template with the given variables.
   *
   * @throws TemplateException when rendering fails, naming the template
   */
  public String render(TemplateVariables variables) {
    VelocityContext context = new VelocityContext(variables.asMap());
    StringWriter out = new StringWriter();
    try {
      template.merge(context, out);
    } catch (VelocityException e) {
      throw new TemplateException(name + ": " + e.getMessage(), e);
    }
    return out.toString();
  }
}
