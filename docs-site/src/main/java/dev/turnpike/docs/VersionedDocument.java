package dev.turnpike.docs;

import dev.turnpike.docs.parts.DocumentationParts;
import java.util.Objects;

/**
 * One version of an API to document, as in a stage's deployment history.
 *
 * @param label what readers see in the version switcher ({@code v2}, {@code 2024-05-01})
 * @param openApi the OpenAPI 3 or Swagger 2 document text
 * @param parts documentation parts that override or add descriptions; {@link
 *     DocumentationParts#NONE} for none
 */
public record VersionedDocument(String label, String openApi, DocumentationParts parts) {

  public VersionedDocument {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(openApi, "openApi");
    parts = parts == null ? DocumentationParts.NONE : parts;
  }

  public VersionedDocument(String label, String openApi) {
    this(label, openApi, DocumentationParts.NONE);
  }
}
