package dev.turnpike.sdk.languages;

import dev.turnpike.sdk.model.SchemaModel;
import dev.turnpike.sdk.model.TypeRef;
import dev.turnpike.sdk.naming.LanguageNaming;
import dev.turnpike.sdk.naming.UniqueNames;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The type name of every generated schema in one SDK, unique ignoring case ({@code pet} and {@code
 * Pet} become {@code Pet} and {@code Pet2}) and clear of the SDK's own names.
 */
public final class TypeNames {

  private final Map<String, String> names = new HashMap<>();
  private final Set<String> polymorphic = new HashSet<>();
  private final LanguageNaming naming;

  TypeNames(LanguageNaming naming, List<SchemaModel> schemas, Set<String> reserved) {
    this.naming = naming;
    UniqueNames scope = new UniqueNames(reserved);
    for (SchemaModel schema : schemas) {
      names.put(schema.name(), scope.claim(naming.typeName(schema.name())));
      if (isPolymorphic(schema)) {
        polymorphic.add(schema.name());
      }
    }
  }

  /** A union with a discriminator whose variants are all models. */
  static boolean isPolymorphic(SchemaModel schema) {
    return schema.isUnion()
        && schema.discriminator() != null
        && !schema.union().variants().isEmpty()
        && schema.union().variants().stream().allMatch(v -> v.kind() == TypeRef.Kind.MODEL);
  }

  /** Whether union {@code schemaName} is {@link #isPolymorphic(SchemaModel) polymorphic}. */
  public boolean polymorphic(String schemaName) {
    return polymorphic.contains(schemaName);
  }

  /** Type name of schema {@code schemaName}. */
  public String of(String schemaName) {
    return names.computeIfAbsent(schemaName, naming::typeName);
  }
}
