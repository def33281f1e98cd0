package dev.turnpike.usageplans.key;

/**
 * The shape of a plaintext key, {@code tpk_} + 8 public chars + {@code .} + 40 secret chars, in one
 * place so the generator and the parser cannot drift apart.
 */
final class ApiKeyFormat {
  static final String MARKER = "tpk_";
  static final char SEPARATOR = '.';
  static final int PUBLIC_CHARS = 8;
  static final int SECRET_CHARS = 40;
  static final String PUBLIC_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
  static final String SECRET_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  static final int PREFIX_LENGTH = MARKER.length() + PUBLIC_CHARS;
  static final int KEY_LENGTH = PREFIX_LENGTH + 1 + SECRET_CHARS;

  private ApiKeyFormat() {}

  /** Checks every character, so a malformed key is refused before any hashing work. */
  static boolean isWellFormed(String key) {
    if (key == null || key.length() != KEY_LENGTH || !key.startsWith(MARKER)) {
      return false;
    }
    if (key.charAt(PREFIX_LENGTH) != SEPARATOR) {
      return false;
    }
    for (int i = MARKER.length(); i < PREFIX_LENGTH; i++) {
      if (!isLowerAlnum(key.charAt(i))) {
        return false;
      }
    }
    for (int i = PREFIX_LENGTH + 1; i < KEY_LENGTH; i++) {
      if (!isBase62(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isBase62(char c) {
    return isLowerAlnum(c) || (c >= 'A' && c <= 'Z');
  }
}
