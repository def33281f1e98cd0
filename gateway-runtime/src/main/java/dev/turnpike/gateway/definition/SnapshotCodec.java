package dev.turnpike.gateway.definition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.stream.Collectors;

/**
 * Writes and reads {@link GatewaySnapshot}s as JSON. Unknown properties are ignored, so an older
 * node reads a newer portal's snapshot; a snapshot that cannot be read throws {@link
 * SnapshotFormatException} naming where it broke. Thread-safe.
 */
public final class SnapshotCodec {

  private final ObjectMapper mapper =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  /** The snapshot as JSON. */
  public String write(GatewaySnapshot snapshot) {
    try {
      return mapper.writeValueAsString(snapshot);
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException(
          "Cannot write snapshot version " + snapshot.version() + ": " + e.getOriginalMessage(), e);
    }
  }

  /** Reads a snapshot written by {@link #write}; throws {@link SnapshotFormatException}. */
  public GatewaySnapshot read(String json) {
    if (json == null || json.isBlank()) {
      throw new SnapshotFormatException("Snapshot is empty: expected a JSON object");
    }
    try {
      GatewaySnapshot snapshot = mapper.readValue(json, GatewaySnapshot.class);
      if (snapshot == null) {
        throw new SnapshotFormatException("Snapshot is 'null': expected a JSON object");
      }
      return snapshot;
    } catch (JsonMappingException e) {
      throw new SnapshotFormatException(
          "Snapshot rejected at "
              + path(e)
              + ": "
              + rootMessage(e)
              + "; the node keeps the previous one",
          e);
    } catch (JsonProcessingException e) {
      throw new SnapshotFormatException(
          "Snapshot is not valid JSON at line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ": "
              + e.getOriginalMessage(),
          e);
    }
  }

  /** The shared mapper configuration, for components that read parts of snapshots. */
  public ObjectMapper mapper() {
    return mapper.copy();
  }

  private static String path(JsonMappingException e) {
    String path =
        e.getPath().stream()
            .map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
            .collect(Collectors.joining());
    return path.isEmpty() ? "/" : path;
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    if (cause instanceof JsonProcessingException jpe) {
      return jpe.getOriginalMessage();
    }
    return cause.getMessage();
  }
}
