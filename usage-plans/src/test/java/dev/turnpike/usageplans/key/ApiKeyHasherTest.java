package dev.turnpike.usageplans.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ApiKeyHasherTest {
  private static final byte[] SECRET =
      "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
  private static final String KEY = "tpk_a1b2c3d4.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd";

  @Test
  void hash_is_lowercase_hex_hmac_sha256() {
    // Reference: printf %s abc | openssl dgst -sha256 -hmac 0123456789abcdef0123456789abcdef
    assertThat(new ApiKeyHasher(SECRET).hash("abc"))
        .isEqualTo("a60c859a6827c5ea576a48d8d368672fbfe4667c6a927428284a0cb3859cc1d6");
    assertThat(new ApiKeyHasher(SECRET).hash(KEY)).matches("[0-9a-f]{64}");
  }

  @Test
  void hash_is_stable_across_calls_and_instances() {
    ApiKeyHasher hasher = new ApiKeyHasher(SECRET);
    assertThat(hasher.hash(KEY))
        .isEqualTo(hasher.hash(KEY))
        .isEqualTo(new ApiKeyHasher(SECRET).hash(KEY));
  }

  @Test
  void a_different_secret_gives_a_different_hash() {
    byte[] other = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8);
    assertThat(new ApiKeyHasher(other).hash(KEY)).isNotEqualTo(new ApiKeyHasher(SECRET).hash(KEY));
  }

  @Test
  void hashes_agree_when_many_threads_hash_at_once() {
    ApiKeyHasher hasher = new ApiKeyHasher(SECRET);
    String expected = hasher.hash(KEY);
    Set<String> seen = ConcurrentHashMap.newKeySet();
    IntStream.range(0, 20_000).parallel().forEach(i -> seen.add(hasher.hash(KEY)));
    assertThat(seen).containsExactly(expected);
  }

  @Test
  void refuses_a_secret_shorter_than_16_bytes() {
    assertThatThrownBy(() -> new ApiKeyHasher(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 bytes")
        .hasMessageContaining("got 15 bytes");
    assertThatThrownBy(() -> new ApiKeyHasher(null)).hasMessageContaining("got none");
  }

  @Test
  void a_changed_caller_array_does_not_change_the_hash() {
    byte[] secret = SECRET.clone();
    ApiKeyHasher hasher = new ApiKeyHasher(secret);
    String before = hasher.hash(KEY);
    secret[0] ^= 1;
    assertThat(hasher.hash(KEY)).isEqualTo(before);
  }

  @Test
  void prefix_of_a_well_formed_key_is_the_part_before_the_dot() {
    assertThat(ApiKeyHasher.prefixOf(KEY)).contains("tpk_a1b2c3d4");
  }

  @Test
  void prefix_of_a_malformed_key_is_empty() {
    List<String> malformed =
        List.of(
            "",
            "tpk_a1b2c3d4",
            "tpk_A1B2C3D4.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd",
            "tpk_a1b2c3d4-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd",
            "tpk_a1b2c3d4.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abc",
            "tpk_a1b2c3d4.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abc!",
            "xyz_a1b2c3d4.AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcd");
    for (String key : malformed) {
      assertThat(ApiKeyHasher.prefixOf(key)).as(key).isEmpty();
    }
    assertThat(ApiKeyHasher.prefixOf(null)).isEmpty();
  }
}
