package dev.turnpike.gateway.openapi;

/** JSON pointers (RFC 6901) into the imported document. */
final class Pointers {
  private Pointers() {}

  static String child(String parent, String token) {
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  static String operation(String path, String method) {
    return child(child("/paths", path), method);
  }
}
