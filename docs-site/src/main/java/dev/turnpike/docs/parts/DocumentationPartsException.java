package dev.turnpike.docs.parts;

/** Documentation parts that cannot be read or that point at something the document lacks. */
public class DocumentationPartsException extends RuntimeException {

  public DocumentationPartsException(String message) {
    super(message);
  }

  public DocumentationPartsException(String message, Throwable cause) {
    super(message, cause);
  }
}
