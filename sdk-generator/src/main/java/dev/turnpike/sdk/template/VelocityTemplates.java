package dev.turnpike.sdk.template;

import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.ResourceNotFoundException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

/**
 * Renders classpath Velocity templates below one root folder. One instance compiles and caches each
 * template once; it is safe to share between threads.
 */
public final class VelocityTemplates {

  private final String root;
  private final VelocityEngine engine;

  /** Templates under classpath folder {@code root} (such as {@code sdk-templates}). */
  public VelocityTemplates(String root) {
    this(root, new Properties());
  }

  /**
   * Templates under {@code root}, with extra Velocity settings (for instance an event handler that
   * escapes every inserted reference).
   */
  public VelocityTemplates(String root, Properties extra) {
    this.root = root.endsWith("/") ? root : root + "/";
    Properties properties = new Properties();
    properties.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
    properties.setProperty(
        "resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
    properties.setProperty("resource.loader.classpath.cache", "true");
    properties.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
    properties.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
    properties.putAll(extra);
    this.engine = new VelocityEngine(properties);
    this.engine.init();
  }

  /** Renders template {@code name} (relative to the root) with {@code values} as its context. */
  public String render(String name, Map<String, ?> values) {
    String path = root + name;
    VelocityContext context = new VelocityContext();
    values.forEach(context::put);
    StringWriter out = new StringWriter();
    try {
      Template template = engine.getTemplate(path, "UTF-8");
      template.merge(context, out);
    } catch (ResourceNotFoundException e) {
      throw new TemplateException(
          "Template '" + path + "' is not on the classpath: check the file name.", e);
    } catch (ParseErrorException e) {
      throw new TemplateException(
          "Template '" + path + "', line " + e.getLineNumber() + ": " + e.getMessage(), e);
    } catch (MethodInvocationException e) {
      throw new TemplateException(
          "Template '"
              + path
              + "', line "
              + e.getLineNumber()
              + ": "
              + e.getReferenceName()
              + " failed: "
              + e.getCause(),
          e);
    } catch (RuntimeException e) {
      throw new TemplateException("Template '" + path + "' failed: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
