package dev.turnpike.gateway.sync;

import dev.turnpike.gateway.sync.PollResult.Failed;
import dev.turnpike.gateway.sync.PollResult.Kind;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logs sync trouble once per outage, not once per poll: the first failure of a kind (and each
 * distinct rejected snapshot) is a warning, repeats are FINE, and the first success after failures
 * logs the recovery. Called from one poll at a time.
 */
final class OutageLog {

  private final Logger log;
  private String logged;
  private int failures;

  OutageLog(Logger log) {
    this.log = log;
  }

  void failed(Failed failure, long servedVersion) {
    failures++;
    String key = failure.kind() == Kind.REJECTED ? failure.message() : failure.kind().name();
    String serving =
        servedVersion < 0
            ? "; the node has no snapshot and stays not ready"
            : "; still serving snapshot " + servedVersion;
    if (key.equals(logged)) {
      log.fine(failure.message() + " (failure " + failures + " in a row)");
      return;
    }
    logged = key;
    Level level = failure.kind() == Kind.UNREACHABLE ? Level.WARNING : Level.SEVERE;
    log.log(level, failure.message() + serving + " (logged once until it changes)");
  }

  void succeeded(String what) {
    if (failures > 0) {
      log.info("Snapshot sync recovered after " + failures + " failed poll(s): " + what);
    }
    failures = 0;
    logged = null;
  }
}
