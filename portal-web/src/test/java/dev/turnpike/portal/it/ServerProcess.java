package dev.turnpike.portal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A server started as a child process, with its output in a log file and a readiness URL. */
final class ServerProcess implements AutoCloseable {
  private final String name;
  private final Process process;
  private final Path log;

  private ServerProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  static ServerProcess start(String name, List<String> command, Map<String, String> env, Path log) {
    try {
      Files.createDirectories(log.getParent());
      ProcessBuilder builder =
          new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      builder.environment().putAll(env);
      return new ServerProcess(name, builder.start(), log);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start " + name + ": " + command, e);
    }
  }

  /**
   * Waits until {@code url} answers 200. Gives up early when the log shows {@code failure}: a
   * server that failed to deploy keeps running but will never be ready.
   */
  void awaitReady(String url, Duration timeout, String... failures) {
    HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited while starting; see " + log);
      }
      String failure = firstFailureInLog(failures);
      if (failure != null) {
        throw new IllegalStateException(name + " failed to start (" + failure + "); see " + log);
      }
      try {
        HttpResponse<Void> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for " + name, e);
      }
      sleep();
    }
    throw new IllegalStateException(
        name + " was not ready at " + url + " in " + timeout + "; see " + log);
  }

  private String firstFailureInLog(String... failures) {
    if (failures.length == 0) {
      return null;
    }
    try {
      String text = Files.readString(log);
      for (String failure : failures) {
        int at = text.indexOf(failure);
        if (at >= 0) {
          return text.substring(at, Math.min(text.length(), at + 400)).replaceAll("\\s+", " ");
        }
      }
      return null;
    } catch (IOException e) {
      return null;
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor(
          java.util.concurrent.TimeUnit.SECONDS.toMillis(20),
          java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
