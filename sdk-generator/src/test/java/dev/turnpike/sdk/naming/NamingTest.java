package dev.turnpike.sdk.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamingTest {

  @Test
  void derives_operation_names_from_method_and_path_when_operation_id_is_missing() {
    assertThat(OperationNames.baseName(null, "GET", "/pets/{id}")).isEqualTo("getPetsById");
    assertThat(OperationNames.baseName("", "POST", "/user-accounts")).isEqualTo("postUserAccounts");
    assertThat(OperationNames.baseName("list_pets", "GET", "/pets")).isEqualTo("listPets");
  }

  @Test
  void converts_per_language_and_escapes_keywords() {
    assertThat(LanguageNaming.JAVA.methodName("getPetsById")).isEqualTo("getPetsById");
    assertThat(LanguageNaming.PYTHON.methodName("getPetsById")).isEqualTo("get_pets_by_id");
    assertThat(LanguageNaming.JAVA.methodName("class")).isEqualTo("class_");
    assertThat(LanguageNaming.TYPESCRIPT.memberName("import")).isEqualTo("import_");
    assertThat(LanguageNaming.PYTHON.memberName("from")).isEqualTo("from_");
    assertThat(LanguageNaming.PYTHON.memberName("X-Trace-Id")).isEqualTo("x_trace_id");
    assertThat(LanguageNaming.JAVA.memberName("2fa")).isEqualTo("_2fa");
    assertThat(LanguageNaming.JAVA.typeName("new_pet")).isEqualTo("NewPet");
    assertThat(LanguageNaming.JAVA.typeName("List")).isEqualTo("ListModel");
    assertThat(LanguageNaming.clientClassName("Petstore API")).isEqualTo("PetstoreApiClient");
  }

  @Test
  void resolves_clashes_with_numeric_suffixes() {
    UniqueNames names = new UniqueNames(List.of("body"));
    assertThat(names.claim("listPets")).isEqualTo("listPets");
    assertThat(names.claim("ListPets")).isEqualTo("ListPets2");
    assertThat(names.claim("body")).isEqualTo("body2");
    assertThat(LanguageNaming.PYTHON.argumentNames(List.of("body", "limit", "body"), 2))
        .containsExactly("body2", "limit", "body");
  }

  @Test
  void splits_words_at_case_changes_and_separators() {
    assertThat(Words.split("HTTPServer_v2-id")).containsExactly("http", "server", "v2", "id");
  }
}
