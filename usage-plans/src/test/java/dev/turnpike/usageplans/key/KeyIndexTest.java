package dev.turnpike.usageplans.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyIndexTest {

  private static ApiKeyRecord record(String keyId, String hash) {
    return new ApiKeyRecord(keyId, "t1", "owner", "tpk_" + keyId, hash, true, null, Set.of("plan"));
  }

  @Test
  void finds_a_record_by_its_hash() {
    ApiKeyRecord a = record("a", "hash-a");
    KeyIndex index = KeyIndex.of(List.of(a, record("b", "hash-b")));
    assertThat(index.findByHash("hash-a")).contains(a);
    assertThat(index.size()).isEqualTo(2);
  }

  @Test
  void unknown_or_null_hash_finds_nothing() {
    KeyIndex index = KeyIndex.of(List.of(record("a", "hash-a")));
    assertThat(index.findByHash("nope")).isEmpty();
    assertThat(index.findByHash(null)).isEmpty();
  }

  @Test
  void later_changes_to_the_source_collection_do_not_leak_in() {
    List<ApiKeyRecord> records = new ArrayList<>(List.of(record("a", "hash-a")));
    KeyIndex index = KeyIndex.of(records);
    records.add(record("b", "hash-b"));
    assertThat(index.size()).isEqualTo(1);
    assertThat(index.findByHash("hash-b")).isEmpty();
  }

  @Test
  void refuses_two_keys_with_the_same_hash() {
    assertThatThrownBy(() -> KeyIndex.of(List.of(record("a", "same"), record("b", "same"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'a'")
        .hasMessageContaining("'b'");
  }

  @Test
  void refuses_a_record_without_hash() {
    assertThatThrownBy(() -> KeyIndex.of(List.of(record("a", " "))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("key 'a' has no hash");
  }

  @Test
  void empty_index_is_fine() {
    assertThat(KeyIndex.of(List.of()).size()).isZero();
  }
}
