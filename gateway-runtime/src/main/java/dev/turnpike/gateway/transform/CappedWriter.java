package dev.turnpike.gateway.transform;

import java.io.Writer;

/** Collects a rendering's output and cuts it off past the output cap. */
final class CappedWriter extends Writer {

  private final StringBuilder out = new StringBuilder(256);
  private final long maxChars;

  CappedWriter(long maxChars) {
    this.maxChars = maxChars;
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    if (out.length() + (long) length > maxChars) {
      throw new TemplateLimitException(
          "output is larger than " + maxChars + " characters (the payload limit)", 0);
    }
    out.append(chars, offset, length);
  }

  @Override
  public void write(String text, int offset, int length) {
    if (out.length() + (long) length > maxChars) {
      throw new TemplateLimitException(
          "output is larger than " + maxChars + " characters (the payload limit)", 0);
    }
    out.append(text, offset, offset + length);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}

  @Override
  public String toString() {
    return out.toString();
  }
}
