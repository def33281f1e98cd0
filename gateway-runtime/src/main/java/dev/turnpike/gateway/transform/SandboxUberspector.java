package dev.turnpike.gateway.transform;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.SecureUberspector;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Stricter than {@link SecureUberspector}, which it extends: a template may call methods and read
 * properties only on the values mapping templates deal in (strings, numbers, booleans, maps, lists,
 * {@code $input}, {@code $util}), never {@code getClass}/{@code class}, and not the methods that
 * grow values without bound or run tenant regular expressions ({@code repeat}, {@code addAll},
 * {@code matches}, {@code replaceAll}, ...). Every string a method returns and every loop iteration
 * is charged to the rendering's {@link RenderBudget}.
 */
public final class SandboxUberspector extends SecureUberspector {

  private static final List<Class<?>> ALLOWED =
      List.of(
          String.class,
          Number.class,
          Boolean.class,
          Character.class,
          Map.class,
          Collection.class,
          Map.Entry.class,
          Iterator.class,
          InputVariable.class,
          UtilVariable.class);

  private static final Set<String> DENIED =
      Set.of(
          "getClass",
          "class",
          "wait",
          "notify",
          "notifyAll",
          "repeat",
          "addAll",
          "putAll",
          "intern",
          "hashCode");

  static boolean allowed(Object target, String name) {
    if (target == null || name == null || DENIED.contains(name)) {
      return false;
    }
    for (Class<?> type : ALLOWED) {
      if (type.isInstance(target)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) {
    if (!allowed(obj, methodName)) {
      return null;
    }
    VelMethod method = super.getMethod(obj, methodName, args, info);
    return method == null ? null : new Charged(method, info == null ? 0 : info.getLine());
  }

  @Override
  public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) {
    if (obj instanceof Map<?, ?> && "class".equals(identifier)) {
      return super.getPropertyGet(obj, "get", info) == null ? null : new MapGet(identifier);
    }
    return allowed(obj, identifier) ? super.getPropertyGet(obj, identifier, info) : null;
  }

  @Override
  public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) {
    return allowed(obj, identifier) ? super.getPropertySet(obj, identifier, arg, info) : null;
  }

  @Override
  public Iterator getIterator(Object obj, Info info) {
    Iterator<?> iterator = super.getIterator(obj, info);
    return iterator == null
        ? null
        : new CountingIterator(iterator, info == null ? 0 : info.getLine());
  }

  /** {@code $map.class} reads the key "class", never the map's class. */
  private record MapGet(String key) implements VelPropertyGet {
    @Override
    public Object invoke(Object o) {
      return ((Map<?, ?>) o).get(key);
    }

    @Override
    public boolean isCacheable() {
      return true;
    }

    @Override
    public String getMethodName() {
      return "get";
    }
  }

  /** A method whose string results (and collections turned to text) are charged to the budget. */
  private record Charged(VelMethod delegate, int line) implements VelMethod {
    @Override
    public Object invoke(Object o, Object[] params)
        throws IllegalAccessException, InvocationTargetException {
      RenderBudget budget = RenderBudget.current();
      if (budget != null && "toString".equals(delegate.getMethodName())) {
        Sizes.charge(o, budget, line);
      }
      Object result =
          budget != null
                  && o instanceof String text
                  && ClockedRegex.handles(getMethodName(), params)
              ? ClockedRegex.invoke(getMethodName(), text, params, budget, line)
              : delegate.invoke(o, params);
      if (budget != null && result instanceof CharSequence text) {
        budget.produced(text.length(), line);
      }
      return result;
    }

    @Override
    public boolean isCacheable() {
      return delegate.isCacheable();
    }

    @Override
    public String getMethodName() {
      return delegate.getMethodName();
    }

    @Override
    public Method getMethod() {
      return delegate.getMethod();
    }

    @Override
    public Class<?> getReturnType() {
      return delegate.getReturnType();
    }
  }

  /** Charges each {@code #foreach} iteration to the budget. */
  private record CountingIterator(Iterator<?> delegate, int line) implements Iterator<Object> {
    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public Object next() {
      RenderBudget budget = RenderBudget.current();
      if (budget != null) {
        budget.iteration(line);
      }
      return delegate.next();
    }
  }
}
