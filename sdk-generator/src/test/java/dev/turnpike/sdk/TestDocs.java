package dev.turnpike.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test documents from the classpath. */
public final class TestDocs {

  private TestDocs() {}

  public static String read(String name) {
    try (InputStream in = TestDocs.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
