package dev.turnpike.sdk.model;

import java.util.List;

/**
 * A type the SDKs can express: scalars, arrays, references to generated models, and anything else
 * as generic JSON. {@link #format()} refines the kind without changing it, so code that only knows
 * the kinds keeps working: dates, binary and enums are {@link Kind#STRING}s, maps and unions are
 * {@link Kind#JSON}.
 *
 * @param kind what sort of type
 * @param item element type of an array, value type of a map, else {@code null}
 * @param schemaName component schema name of a model, enum or union, else {@code null}
 * @param format the refinement, never {@code null}
 * @param variants members of a union, in document order; empty otherwise
 */
public record TypeRef(
    Kind kind, TypeRef item, String schemaName, Format format, List<TypeRef> variants) {

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

  /** Refinements of a {@link Kind}. */
  public enum Format {
    PLAIN,
    /** A string of format {@code date}. */
    DATE,
    /** A string of format {@code date-time}. */
    DATE_TIME,
    /** Raw bytes: a binary response. */
    BINARY,
    /** Raw text: a {@code text/*} response. */
    TEXT,
    /** A string enum (inline ones are moved into components); {@link #schemaName()} names it. */
    ENUM,
    /** An object with only {@code additionalProperties}; {@link #item()} is the value type. */
    MAP,
    /** oneOf / anyOf; {@link #variants()} are the members. */
    UNION
  }

  public TypeRef {
    format = format == null ? Format.PLAIN : format;
    variants = variants == null ? List.of() : List.copyOf(variants);
  }

  public TypeRef(Kind kind, TypeRef item, String schemaName) {
    this(kind, item, schemaName, Format.PLAIN, List.of());
  }

  public static TypeRef of(Kind kind) {
    return new TypeRef(kind, null, null);
  }

  public static TypeRef of(Kind kind, Format format) {
    return new TypeRef(kind, null, null, format, List.of());
  }

  public static TypeRef arrayOf(TypeRef item) {
    return new TypeRef(Kind.ARRAY, item, null);
  }

  public static TypeRef model(String schemaName) {
    return new TypeRef(Kind.MODEL, null, schemaName);
  }

  public static TypeRef mapOf(TypeRef value) {
    return new TypeRef(Kind.JSON, value, null, Format.MAP, List.of());
  }

  public static TypeRef enumType(String schemaName) {
    return new TypeRef(Kind.STRING, null, schemaName, Format.ENUM, List.of());
  }

  /** A union; {@code schemaName} is {@code null} for an inline oneOf/anyOf. */
  public static TypeRef union(String schemaName, List<TypeRef> variants) {
    return new TypeRef(Kind.JSON, null, schemaName, Format.UNION, variants);
  }

  public boolean is(Format expected) {
    return format == expected;
  }
}
