package dev.turnpike.gateway.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Collects the java.util.logging records of one logger tree while open. */
public final class LogCapture extends Handler implements AutoCloseable {

  private final Logger logger;
  private final Level previous;
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  public LogCapture(String loggerName) {
    logger = Logger.getLogger(loggerName);
    previous = logger.getLevel();
    logger.setLevel(Level.ALL);
    logger.addHandler(this);
  }

  /** Messages at {@code level} or above. */
  public List<String> messages(Level level) {
    return records.stream()
        .filter(r -> r.getLevel().intValue() >= level.intValue())
        .map(LogRecord::getMessage)
        .collect(Collectors.toList());
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    logger.removeHandler(this);
    logger.setLevel(previous);
  }
}
