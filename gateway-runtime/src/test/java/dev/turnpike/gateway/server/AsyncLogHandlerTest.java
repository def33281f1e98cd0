package dev.turnpike.gateway.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class AsyncLogHandlerTest {

  @Test
  void lines_are_written_in_order_off_the_calling_thread_and_flush_waits_for_them() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Logger logger = Logger.getLogger("dev.turnpike.gateway.test-async-" + System.nanoTime());
    AsyncLogHandler handler = AsyncLogHandler.install(logger, out);
    try {
      for (int i = 0; i < 5000; i++) {
        logger.info("requestId=" + i + " status=200");
      }
      logger.fine("below INFO: not written");
      handler.flush();

      String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
      assertThat(lines).hasSize(5000);
      assertThat(lines[0]).matches("\\d{4}-\\d\\d-\\d\\dT[^ ]+Z requestId=0 status=200");
      assertThat(lines[4999]).endsWith(" requestId=4999 status=200");
      assertThat(logger.getUseParentHandlers()).isFalse();
    } finally {
      handler.close();
      logger.removeHandler(handler);
    }
  }
}
