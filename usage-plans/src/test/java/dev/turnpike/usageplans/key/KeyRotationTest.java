package dev.turnpike.usageplans.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRotationTest {
  private static final Instant NOW = Instant.parse("2024-03-06T10:00:00Z");
  private final ApiKeyHasher hasher =
      new ApiKeyHasher("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  private final ApiKeyGenerator generator = new ApiKeyGenerator();
  private final KeyRotation rotation = new KeyRotation(generator, hasher);

  private ApiKeyRecord issued(String keyId, Instant expiresAt) {
    GeneratedApiKey key = generator.generate();
    return new ApiKeyRecord(
        keyId,
        "tenant-1",
        "dev-1",
        key.prefix(),
        hasher.hash(key.plaintext()),
        true,
        expiresAt,
        Set.of("gold"));
  }

  @Test
  void old_key_works_until_the_overlap_ends_and_new_key_works_from_now() {
    ApiKeyRecord old = issued("k1", null);
    KeyRotation.Rotated r = rotation.rotate(old, "k2", Duration.ofHours(24), NOW);

    assertThat(r.retiring().keyId()).isEqualTo("k1");
    assertThat(r.retiring().hash()).isEqualTo(old.hash());
    assertThat(r.retiring().expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
    assertThat(r.retiring().usableAt(NOW.plus(Duration.ofHours(23)))).isTrue();
    assertThat(r.retiring().usableAt(NOW.plus(Duration.ofHours(24)))).isFalse();
    assertThat(r.replacement().usableAt(NOW)).isTrue();
    assertThat(r.replacement().usableAt(NOW.plus(Duration.ofDays(365)))).isTrue();
  }

  @Test
  void new_key_keeps_tenant_owner_and_plans_and_stores_only_the_hash() {
    ApiKeyRecord old = issued("k1", null);
    KeyRotation.Rotated r = rotation.rotate(old, "k2", Duration.ofMinutes(5), NOW);

    ApiKeyRecord fresh = r.replacement();
    assertThat(fresh.keyId()).isEqualTo("k2");
    assertThat(fresh.tenantId()).isEqualTo("tenant-1");
    assertThat(fresh.ownerId()).isEqualTo("dev-1");
    assertThat(fresh.usagePlanIds()).containsExactly("gold");
    assertThat(fresh.prefix()).isEqualTo(r.newKey().prefix());
    assertThat(fresh.hash())
        .isEqualTo(hasher.hash(r.newKey().plaintext()))
        .isNotEqualTo(old.hash());
    assertThat(r.toString()).doesNotContain(r.newKey().plaintext());
  }

  @Test
  void both_keys_authenticate_through_one_index_during_the_overlap() {
    KeyRotation.Rotated r = rotation.rotate(issued("k1", null), "k2", Duration.ofHours(1), NOW);
    KeyIndex index = KeyIndex.of(List.of(r.retiring(), r.replacement()));

    assertThat(index.findByHash(r.replacement().hash())).contains(r.replacement());
    assertThat(index.findByHash(r.retiring().hash()).orElseThrow().usableAt(NOW)).isTrue();
    assertThat(index.findByHash(r.retiring().hash()).orElseThrow().usableAt(NOW.plusSeconds(3600)))
        .isFalse();
  }

  @Test
  void zero_overlap_ends_the_old_key_at_once() {
    KeyRotation.Rotated r = rotation.rotate(issued("k1", null), "k2", Duration.ZERO, NOW);
    assertThat(r.retiring().usableAt(NOW)).isFalse();
  }

  @Test
  void an_earlier_expiry_of_the_old_key_is_kept() {
    Instant soon = NOW.plusSeconds(60);
    KeyRotation.Rotated r = rotation.rotate(issued("k1", soon), "k2", Duration.ofDays(7), NOW);
    assertThat(r.retiring().expiresAt()).isEqualTo(soon);
  }

  @Test
  void replacement_can_carry_its_own_expiry() {
    Instant inAYear = NOW.plus(Duration.ofDays(365));
    KeyRotation.Rotated r =
        rotation.rotate(issued("k1", null), "k2", Duration.ofHours(1), NOW, inAYear);
    assertThat(r.replacement().expiresAt()).isEqualTo(inAYear);
  }

  @Test
  void a_revoked_or_expired_key_cannot_be_rotated() {
    assertThatThrownBy(
            () ->
                rotation.rotate(
                    issued("k1", null).withEnabled(false), "k2", Duration.ofHours(1), NOW))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'k1' is disabled or expired");
    assertThatThrownBy(() -> rotation.rotate(issued("k1", NOW), "k2", Duration.ofHours(1), NOW))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void refuses_negative_overlap_and_reused_key_id() {
    ApiKeyRecord old = issued("k1", null);
    assertThatThrownBy(() -> rotation.rotate(old, "k2", Duration.ofSeconds(-1), NOW))
        .hasMessageContaining("overlap must be >= 0");
    assertThatThrownBy(() -> rotation.rotate(old, "k1", Duration.ofSeconds(1), NOW))
        .hasMessageContaining("must differ");
  }

  @Test
  void revocation_is_disabling_the_record_in_the_next_snapshot() {
    ApiKeyRecord key = issued("k1", null);
    ApiKeyRecord revoked = key.withEnabled(false);
    assertThat(revoked.usableAt(NOW)).isFalse();
    assertThat(revoked.withEnabled(true)).isEqualTo(key);
  }
}
