package dev.turnpike.portal.domain.model;

import java.security.SecureRandom;

/** Short random identifiers, like Amazon API Gateway's 10-character API ids. */
public final class Ids {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private Ids() {}

  public static String newId() {
    return random(10);
  }

  public static String random(int length) {
    char[] chars = new char[length];
    for (int i = 0; i < length; i++) {
      chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
    }
    return new String(chars);
  }
}
