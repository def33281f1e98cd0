package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class GatewayMainTest {

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return GatewayMain.run(
        args,
        new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void bad_arguments_print_one_line_and_exit_2() {
    assertThat(run()).isEqualTo(2);
    assertThat(run("--api")).isEqualTo(2);
    assertThat(run("--api", "x.yaml", "--bogus", "1")).isEqualTo(2);
    assertThat(run("--api", "x.yaml", "--port", "99999")).isEqualTo(2);
    assertThat(run("--api", "/no/such/file.yaml")).isEqualTo(2);
    String[] lines = err.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(lines).hasSize(5);
    assertThat(lines[0]).startsWith("gateway: --api is required");
    assertThat(lines[4]).contains("cannot read --api file '/no/such/file.yaml'");
  }
}
