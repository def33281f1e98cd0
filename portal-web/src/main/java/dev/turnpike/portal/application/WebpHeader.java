package dev.turnpike.portal.application;

import java.util.Optional;

/**
 * The canvas size of a WebP file from its first chunk, as the WebP container specification lays it
 * out; the JDK has no WebP reader, and the header is all a size check needs.
 */
final class WebpHeader {
  private WebpHeader() {}

  /** {width, height}, or empty when the first chunk is not one of the three WebP kinds. */
  static Optional<int[]> read(byte[] b) {
    if (b.length < 30) {
      return Optional.empty();
    }
    if (LogoCheck.ascii(b, 12, "VP8X")) {
      // Extended format: 24-bit little-endian canvas width-1 and height-1 after 4 flag bytes.
      return Optional.of(new int[] {1 + uint24(b, 24), 1 + uint24(b, 27)});
    }
    if (LogoCheck.ascii(b, 12, "VP8L") && (b[20] & 0xff) == 0x2f) {
      // Lossless: after the 0x2f signature, 14 bits width-1 then 14 bits height-1.
      int bits = (b[21] & 0xff) | (b[22] & 0xff) << 8 | (b[23] & 0xff) << 16 | (b[24] & 0xff) << 24;
      return Optional.of(new int[] {1 + (bits & 0x3fff), 1 + ((bits >>> 14) & 0x3fff)});
    }
    if (LogoCheck.ascii(b, 12, "VP8 ")
        && (b[23] & 0xff) == 0x9d
        && (b[24] & 0xff) == 0x01
        && (b[25] & 0xff) == 0x2a) {
      // Lossy: a key frame's start code, then 14-bit width and height (2 bits of scaling each).
      return Optional.of(new int[] {uint16(b, 26) & 0x3fff, uint16(b, 28) & 0x3fff});
    }
    return Optional.empty();
  }

  private static int uint16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int uint24(byte[] b, int at) {
    return uint16(b, at) | (b[at + 2] & 0xff) << 16;
  }
}
