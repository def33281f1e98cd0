package dev.turnpike.gateway.metering;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.usageplans.metering.UsageMeter;
import dev.turnpike.usageplans.metering.UsageRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class UsageFlusherTest {

  private static final Instant NOW = Instant.now();

  private final UsageMeter meter = new UsageMeter();
  private final List<List<UsageRecord>> offered = new CopyOnWriteArrayList<>();
  private volatile boolean fail;

  private final UsageSink sink =
      records -> {
        offered.add(records);
        return fail
            ? CompletableFuture.failedFuture(new IllegalStateException("sink down"))
            : CompletableFuture.completedFuture(null);
      };

  @Test
  void a_failed_flush_is_retried_with_the_same_records_before_new_ones() {
    UsageFlusher flusher = new UsageFlusher(meter, sink);
    meter.record("k1", "api", "prod", NOW);
    meter.record("k1", "api", "prod", NOW);
    fail = true;
    flusher.flush().toCompletableFuture().join();
    List<UsageRecord> failed = offered.get(0);
    assertThat(failed).singleElement().extracting(UsageRecord::count).isEqualTo(2L);
    assertThat(flusher.pendingCount()).isEqualTo(1);

    meter.record("k2", "api", "prod", NOW);
    fail = false;
    flusher.flush().toCompletableFuture().join();

    List<UsageRecord> retried = offered.get(1);
    assertThat(retried).hasSize(2);
    assertThat(retried.get(0)).isEqualTo(failed.get(0));
    assertThat(retried.get(1).keyId()).isEqualTo("k2");
    assertThat(flusher.pendingCount()).isZero();

    flusher.flush().toCompletableFuture().join();
    assertThat(offered).as("nothing left to send: the sink is not called").hasSize(2);
  }

  @Test
  void a_sink_that_throws_is_a_failed_flush() {
    UsageFlusher flusher =
        new UsageFlusher(
            meter,
            records -> {
              throw new IllegalStateException("boom");
            });
    meter.record("k1", "api", "prod", NOW);
    flusher.flush().toCompletableFuture().join();
    assertThat(flusher.pendingCount()).isEqualTo(1);
  }

  @Test
  void pending_records_are_bounded_dropping_the_oldest() {
    UsageFlusher flusher = new UsageFlusher(meter, sink, 3);
    fail = true;
    List<String> order = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      meter.record("k" + i, "api", "prod", NOW);
      order.add("k" + i);
      flusher.flush().toCompletableFuture().join();
    }
    assertThat(flusher.pendingCount()).isEqualTo(3);
    assertThat(flusher.droppedCount()).isEqualTo(2);
    assertThat(offered.get(offered.size() - 1))
        .extracting(UsageRecord::keyId)
        .containsExactly("k2", "k3", "k4");
  }
}
