package dev.turnpike.gateway.transform;

import java.io.StringReader;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;
import org.apache.velocity.util.introspection.SecureUberspector;

/**
 * The one Velocity engine of a gateway, sandboxed for templates tenants write: {@link
 * SecureUberspector} (no reflection, class loaders, processes, system), no file resource loader,
 * macros local to their template and bounded loops. Templates are compiled here once per snapshot
 * and rendered many times. Thread-safe.
 */
public final class TemplateEngine {

  /** The most iterations one {@code #foreach} may run, so a template cannot spin an event loop. */
  public static final int MAX_LOOPS = 10_000;

  private final RuntimeInstance runtime = new RuntimeInstance();

  public TemplateEngine() {
    Properties props = new Properties();
    props.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SecureUberspector.class.getName());
    props.setProperty(RuntimeConstants.RESOURCE_LOADERS, "string");
    props.setProperty("resource.loader.string.class", StringResourceLoader.class.getName());
    props.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
    props.setProperty(RuntimeConstants.MAX_NUMBER_LOOPS, Integer.toString(MAX_LOOPS));
    props.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "1");
    runtime.setProperties(props);
    runtime.init();
  }

  /**
   * Compiles a template. {@code name} says where it comes from (for example {@code "GET /pets
   * request template for 'application/json'"}) and is part of every error message.
   *
   * @throws TemplateException when the template does not parse, with its name and line
   */
  public CompiledTemplate compile(String name, String text) {
    Template template = new Template();
    template.setName(name);
    template.setRuntimeServices(runtime);
    try {
      template.setData(runtime.parse(new StringReader(text == null ? "" : text), template));
    } catch (ParseException e) {
      throw new TemplateException(
          name
              + ", line "
              + line(e)
              + ": "
              + firstLine(e.getMessage())
              + ". Fix the template and deploy again.",
          e);
    }
    template.initDocument();
    return new CompiledTemplate(name, template);
  }

  private static int line(ParseException e) {
    return e.currentToken != null && e.currentToken.next != null
        ? e.currentToken.next.beginLine
        : 1;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
