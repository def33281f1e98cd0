package dev.turnpike.gateway.metering;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.PackedHistogram;

/**
 * The one shape of latency histogram nodes record and the portal merges: microseconds from 1 µs to
 * 10 minutes, two significant digits (1 % error at any percentile), packed so a quiet method costs
 * a few hundred bytes. Encoded as HdrHistogram's compressed format in base64.
 */
public final class LatencyHistograms {
  static final long HIGHEST_MICROS = 600_000_000L;
  static final int DIGITS = 2;

  private LatencyHistograms() {}

  /**
   * A packed histogram for one traffic slot: small while sparse. Single-writer: callers hold the
   * slot's lock (HdrHistogram's packed concurrent recorder was measured here to spin for minutes
   * under four writers, so it is not used).
   */
  static PackedHistogram slotHistogram() {
    return new PackedHistogram(1, HIGHEST_MICROS, DIGITS);
  }

  /** An empty histogram to merge decoded ones into. */
  public static Histogram empty() {
    Histogram histogram = new Histogram(1, HIGHEST_MICROS, DIGITS);
    histogram.setAutoResize(true);
    return histogram;
  }

  static long clamp(long micros) {
    return Math.max(1, Math.min(HIGHEST_MICROS, micros));
  }

  public static String encode(Histogram histogram) {
    ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
    int length = histogram.encodeIntoCompressedByteBuffer(buffer);
    return Base64.getEncoder().encodeToString(java.util.Arrays.copyOf(buffer.array(), length));
  }

  /** The histogram a node encoded; a corrupt text throws IllegalArgumentException. */
  public static Histogram decode(String base64) {
    try {
      return Histogram.decodeFromCompressedByteBuffer(
          ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
    } catch (DataFormatException | RuntimeException e) {
      throw new IllegalArgumentException("not an encoded latency histogram: " + e.getMessage());
    }
  }
}
