package dev.turnpike.sdk.model;

/**
 * A type the SDKs can express: scalars, arrays, references to generated models, and anything else
 * as generic JSON.
 *
 * @param kind what sort of type
 * @param item element type of an array, else {@code null}
 * @param schemaName component schema name of a model, else {@code null}
 */
public record TypeRef(Kind kind, TypeRef item, String schemaName) {

  /** Sorts of types. */
  public enum Kind {
    STRING,
    INTEGER,
    LONG,
    NUMBER,
    BOOLEAN,
    ARRAY,
    MODEL,
    JSON
  }

  public static TypeRef of(Kind kind) {
    return new TypeRef(kind, null, null);
  }

  public static TypeRef arrayOf(TypeRef item) {
    return new TypeRef(Kind.ARRAY, item, null);
  }

  public static TypeRef model(String schemaName) {
    return new TypeRef(Kind.MODEL, null, schemaName);
  }
}
