package dev.turnpike.sdk.languages;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs external tools (python3, npx) from tests. */
final class Processes {

  /** Exit code and combined output; exit code -1 on timeout. */
  record Result(int exitCode, String output) {}

  private Processes() {}

  static Result run(Path dir, long timeoutSeconds, List<String> command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    process.getOutputStream().close();
    StringBuilder output = new StringBuilder();
    Thread reader =
        new Thread(
            () -> {
              try {
                output.append(
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
              } catch (IOException ignored) {
                // the process was killed
              }
            });
    reader.start();
    if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      reader.join(2000);
      return new Result(-1, output.toString());
    }
    reader.join(2000);
    return new Result(process.exitValue(), output.toString());
  }
}
