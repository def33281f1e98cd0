package dev.turnpike.usageplans.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyGeneratorTest {
  private final ApiKeyGenerator generator = new ApiKeyGenerator();

  @Test
  void plaintext_is_marker_public_prefix_dot_and_40_base62_chars() {
    GeneratedApiKey key = generator.generate();
    assertThat(key.plaintext()).matches("tpk_[a-z0-9]{8}\\.[A-Za-z0-9]{40}");
    assertThat(key.prefix()).matches("tpk_[a-z0-9]{8}");
    assertThat(key.plaintext()).startsWith(key.prefix() + ".");
  }

  @Test
  void ten_thousand_keys_are_all_different() {
    Set<String> plaintexts = new HashSet<>();
    Set<String> secrets = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      String plaintext = generator.generate().plaintext();
      plaintexts.add(plaintext);
      secrets.add(plaintext.substring(13));
    }
    assertThat(plaintexts).hasSize(10_000);
    assertThat(secrets).hasSize(10_000);
  }

  @Test
  void secret_uses_the_whole_base62_alphabet() {
    Set<Character> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      for (char c : generator.generate().plaintext().substring(13).toCharArray()) {
        seen.add(c);
      }
    }
    assertThat(seen).hasSize(62);
  }

  @Test
  void to_string_does_not_reveal_the_plaintext() {
    GeneratedApiKey key = generator.generate();
    String secret = key.plaintext().substring(13);
    assertThat(key.toString()).contains(key.prefix()).doesNotContain(secret);
  }

  @Test
  void generated_keys_are_well_formed_for_the_hasher() {
    GeneratedApiKey key = generator.generate();
    assertThat(ApiKeyHasher.prefixOf(key.plaintext())).contains(key.prefix());
  }
}
