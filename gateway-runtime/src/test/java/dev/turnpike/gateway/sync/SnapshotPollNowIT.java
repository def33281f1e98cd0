package dev.turnpike.gateway.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.turnpike.gateway.definition.SnapshotCodec;
import dev.turnpike.gateway.server.GatewayConfig;
import dev.turnpike.gateway.server.GatewayServer;
import dev.turnpike.gateway.support.FakePortal;
import dev.turnpike.gateway.support.Fixtures;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link SnapshotPuller#pollNow} against a portal whose answers the test holds back, so "one poll
 * running" is certain: a burst of calls meanwhile adds exactly one poll, and polls never overlap.
 */
class SnapshotPollNowIT {

  @TempDir Path cacheDir;
  private final String json =
      new SnapshotCodec().write(new Fixtures("http://127.0.0.1:9").snapshot(1, "pong"));
  private final Semaphore gate = new Semaphore(1_000_000);
  private final AtomicInteger arrived = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger maxRunning = new AtomicInteger();
  private HttpServer portal;
  private GatewayServer server;
  private SnapshotPuller puller;

  @BeforeEach
  void setUp() throws IOException {
    portal = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    portal.setExecutor(Executors.newCachedThreadPool());
    portal.createContext(SyncSettings.SNAPSHOT_PATH, this::handle);
    portal.start();
    server =
        GatewayServer.startBlocking(
            GatewayConfig.builder()
                .host("127.0.0.1")
                .port(0)
                .keyHashSecret(Fixtures.SECRET)
                .build());
    String url = "http://127.0.0.1:" + portal.getAddress().getPort();
    puller =
        new SnapshotPuller(
            server,
            new SyncSettings(
                SyncSettings.snapshotUri(url), FakePortal.TOKEN, Duration.ofSeconds(30), cacheDir));
  }

  @AfterEach
  void tearDown() {
    gate.release(1_000);
    puller.close();
    server.close();
    portal.stop(0);
  }

  @Test
  void a_burst_while_a_poll_runs_makes_exactly_one_more_poll() throws Exception {
    puller.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    assertThat(server.snapshotVersion()).isEqualTo(1);
    assertThat(arrived.get()).isEqualTo(1);

    gate.drainPermits(); // hold every answer from now on
    puller.pollNow();
    await().atMost(Duration.ofSeconds(5)).until(() -> arrived.get() == 2);
    for (int i = 0; i < 50; i++) {
      puller.pollNow();
    }
    Thread.sleep(200);
    assertThat(arrived.get()).as("no second poll while one runs").isEqualTo(2);

    gate.release(1_000);
    await().atMost(Duration.ofSeconds(5)).until(() -> answered.get() == 3);
    Thread.sleep(500);
    assertThat(arrived.get()).as("the burst added one poll").isEqualTo(3);
    assertThat(maxRunning.get()).as("polls never overlap").isEqualTo(1);
    assertThat(puller.status().consecutiveFailures()).isZero();
  }

  @Test
  void with_no_poll_running_it_polls_at_once_instead_of_after_the_interval() throws Exception {
    puller.start().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    Thread.sleep(100);
    assertThat(arrived.get()).isEqualTo(1);

    puller.pollNow();

    await().atMost(Duration.ofSeconds(1)).until(() -> answered.get() == 2);
  }

  private void handle(HttpExchange exchange) throws IOException {
    arrived.incrementAndGet();
    maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
    try {
      gate.acquire();
      if ("\"1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        exchange.getResponseHeaders().set("ETag", "\"1\"");
        exchange.sendResponseHeaders(304, -1);
      } else {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("ETag", "\"1\"");
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      running.decrementAndGet();
      answered.incrementAndGet();
      exchange.close();
    }
  }
}
