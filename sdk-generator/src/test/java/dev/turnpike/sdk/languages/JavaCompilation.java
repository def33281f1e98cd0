package dev.turnpike.sdk.languages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated Java sources with the system compiler against the Jackson jars. */
final class JavaCompilation {

  private JavaCompilation() {}

  /**
   * Compiles every .java file under {@code sources} into {@code classes}; fails with javac's
   * output.
   */
  static ClassLoader compile(Path sources, Path classes) throws IOException {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    assertThat(compiler).as("a JDK with javac runs the tests").isNotNull();
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    String classpath =
        Stream.of(ObjectMapper.class, JsonFactory.class, JsonProperty.class, JavaTimeModule.class)
            .map(JavaCompilation::jarOf)
            .collect(Collectors.joining(java.io.File.pathSeparator));
    List<String> args =
        new ArrayList<>(
            List.of("--release", "17", "-Xlint:none", "-cp", classpath, "-d", classes.toString()));
    args.addAll(files);
    StringWriter errors = new StringWriter();
    int code =
        compiler.run(
            null,
            new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
            new java.io.PrintStream(
                new java.io.OutputStream() {
                  @Override
                  public void write(int b) {
                    errors.write(b);
                  }
                }),
            args.toArray(String[]::new));
    assertThat(code).as("javac output:%n%s", errors).isZero();
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, JavaCompilation.class.getClassLoader());
  }

  private static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
