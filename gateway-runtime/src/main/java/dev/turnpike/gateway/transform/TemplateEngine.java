package dev.turnpike.gateway.transform;

import java.io.StringReader;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;

/**
 * The one Velocity engine of a gateway, sandboxed for templates tenants write: {@link
 * SandboxUberspector} (stricter than Velocity's SecureUberspector: only strings, numbers, maps,
 * lists, {@code $input} and {@code $util} can be called), no file resource loader, macros local to
 * their template and nested at most {@link TemplateLimits#maxMacroDepth()} deep, lazy ranges, and
 * every rendering bounded by {@link TemplateLimits} (see {@link CompiledTemplate}). Templates are
 * compiled here once per snapshot and rendered many times. Thread-safe.
 */
public final class TemplateEngine {

  /** The most iterations one {@code #foreach} may run, so a template cannot spin an event loop. */
  public static final int MAX_LOOPS = TemplateLimits.DEFAULTS.maxLoopIterations();

  private final RuntimeInstance runtime = new RuntimeInstance();
  private final TemplateLimits limits;

  public TemplateEngine() {
    this(TemplateLimits.DEFAULTS);
  }

  /** An engine whose renderings stay within {@code limits}. */
  public TemplateEngine(TemplateLimits limits) {
    this.limits = limits;
    Properties props = new Properties();
    props.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, SandboxUberspector.class.getName());
    props.setProperty(
        RuntimeConstants.EVENTHANDLER_REFERENCEINSERTION, BudgetInsertionHandler.class.getName());
    props.setProperty(RuntimeConstants.IMMUTABLE_RANGES, "true");
    // Amazon runs Velocity 1.7: keep its whitespace ("backward compatible" gobbling).
    props.setProperty(RuntimeConstants.SPACE_GOBBLING, "bc");
    props.setProperty(RuntimeConstants.VM_MAX_DEPTH, Integer.toString(limits.maxMacroDepth()));
    props.setProperty(RuntimeConstants.DEFINE_DIRECTIVE_MAXDEPTH, "2");
    props.setProperty(RuntimeConstants.RESOURCE_LOADERS, "string");
    props.setProperty("resource.loader.string.class", StringResourceLoader.class.getName());
    props.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
    props.setProperty(
        RuntimeConstants.MAX_NUMBER_LOOPS, Integer.toString(limits.maxLoopIterations()));
    props.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "1");
    runtime.setProperties(props);
    runtime.init();
    warmUp();
  }

  /**
   * Renders one template that touches {@code $input} (JSON parsing, JSONPath), {@code $util} and
   * {@code $context} once, with a generous deadline, so the class loading and first-call costs of
   * Velocity, Jackson and JsonPath are paid here and not inside the first request's render budget:
   * on a busy node they took more than the 500 ms deadline and failed that request.
   */
  private void warmUp() {
    String text =
        "#set($p = $input.path('$'))$input.json('$.a[0]') $util.escapeJavaScript($p.b)"
            + " $input.params('q') $context.requestId #foreach($x in $p.a)$x#end";
    TemplateLimits relaxed =
        new TemplateLimits(
            limits.maxLoopIterations(),
            limits.maxIterations(),
            limits.maxOutputChars(),
            limits.maxProducedChars(),
            limits.maxMacroDepth(),
            60_000);
    compile("warm-up", text, relaxed)
        .render(
            new TemplateVariables(
                new InputVariable("{\"a\":[1],\"b\":\"x\"}", Map.of(), Map.of("q", "1"), Map.of()),
                Map.of("requestId", "warm-up"),
                Map.of()));
  }

  /**
   * Compiles a template. {@code name} says where it comes from (for example {@code "GET /pets
   * request template for 'application/json'"}) and is part of every error message.
   *
   * @throws TemplateException when the template does not parse, with its name and line
   */
  public CompiledTemplate compile(String name, String text) {
    return compile(name, text, limits);
  }

  private CompiledTemplate compile(String name, String text, TemplateLimits renderLimits) {
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
          e,
          line(e),
          false);
    }
    template.initDocument();
    return new CompiledTemplate(name, template, renderLimits);
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
