package dev.turnpike.portal.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decides whether uploaded bytes may be a tenant's logo. The bytes speak, not the Content-Type
 * header: only PNG, JPEG and WebP signatures pass, and the size in pixels comes from the image's
 * own header. SVG is refused outright: it is a document that can carry scripts, and the logo is
 * served from the portal's own origin.
 */
public final class LogoCheck {
  public static final int MAX_BYTES = 256 * 1024;
  public static final int MAX_PIXELS = 1024;

  /** A logo that passed: its real content type and size in pixels. */
  public record Logo(String contentType, int width, int height) {}

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private LogoCheck() {}

  public static Logo check(byte[] bytes, String declaredType) {
    if (bytes == null || bytes.length == 0) {
      throw refused("the body is empty; send the image's bytes (PNG, JPEG or WebP).");
    }
    if (bytes.length > MAX_BYTES) {
      throw new PortalException(
          PortalException.Kind.PAYLOAD_TOO_LARGE,
          "Invalid logo: it is larger than 256 KB; the limit is " + MAX_BYTES + " bytes.",
          List.of(new PortalException.Detail("logo", "larger than " + MAX_BYTES + " bytes")));
    }
    Logo logo = identify(bytes, declaredType);
    if (logo.width() > MAX_PIXELS || logo.height() > MAX_PIXELS) {
      throw refused(
          "it is "
              + logo.width()
              + "×"
              + logo.height()
              + " pixels; the limit is "
              + MAX_PIXELS
              + "×"
              + MAX_PIXELS
              + ".");
    }
    if (logo.width() < 1 || logo.height() < 1) {
      throw refused("its header gives no size in pixels; the file looks damaged.");
    }
    return logo;
  }

  private static Logo identify(byte[] bytes, String declaredType) {
    if (startsWith(bytes, 0, PNG)) {
      return png(bytes);
    }
    if (bytes.length > 3
        && (bytes[0] & 0xff) == 0xff
        && (bytes[1] & 0xff) == 0xd8
        && (bytes[2] & 0xff) == 0xff) {
      return jpeg(bytes);
    }
    if (ascii(bytes, 0, "RIFF") && ascii(bytes, 8, "WEBP")) {
      return WebpHeader.read(bytes)
          .map(size -> new Logo("image/webp", size[0], size[1]))
          .orElseThrow(() -> refused("it says WebP but its header is damaged."));
    }
    if (looksLikeSvg(bytes, declaredType)) {
      throw new PortalException(
          PortalException.Kind.UNSUPPORTED_MEDIA_TYPE,
          "Invalid logo: SVG is not accepted, because an SVG file can carry scripts. Export the"
              + " logo as PNG or WebP.",
          List.of(new PortalException.Detail("logo", "SVG refused: it can carry scripts")));
    }
    throw new PortalException(
        PortalException.Kind.UNSUPPORTED_MEDIA_TYPE,
        "Invalid logo: its bytes are not a PNG, JPEG or WebP image"
            + (declaredType == null || declaredType.isBlank()
                ? "."
                : " (whatever the Content-Type '" + declaredType + "' says)."),
        List.of(new PortalException.Detail("logo", "not a PNG, JPEG or WebP image")));
  }

  /** Width and height sit in the IHDR chunk, which the PNG format requires to come first. */
  private static Logo png(byte[] bytes) {
    if (bytes.length < 24 || !ascii(bytes, 12, "IHDR")) {
      throw refused("it says PNG but has no IHDR header; the file looks damaged.");
    }
    return new Logo("image/png", int32(bytes, 16), int32(bytes, 20));
  }

  /** ImageIO's JPEG reader finds the frame header without decoding the picture. */
  private static Logo jpeg(byte[] bytes) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("jpeg");
    ImageReader reader = readers.next();
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      return new Logo("image/jpeg", reader.getWidth(0), reader.getHeight(0));
    } catch (IOException | RuntimeException e) {
      throw refused("it says JPEG but its header cannot be read; the file looks damaged.");
    } finally {
      reader.dispose();
    }
  }

  private static boolean looksLikeSvg(byte[] bytes, String declaredType) {
    if (declaredType != null && declaredType.toLowerCase(Locale.ROOT).contains("svg")) {
      return true;
    }
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    return head.contains("<svg");
  }

  private static PortalException refused(String why) {
    return PortalException.badInput("logo", why);
  }

  static boolean ascii(byte[] bytes, int at, String text) {
    return startsWith(bytes, at, text.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
    if (bytes.length < at + prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int int32(byte[] b, int at) {
    return ((b[at] & 0xff) << 24)
        | ((b[at + 1] & 0xff) << 16)
        | ((b[at + 2] & 0xff) << 8)
        | (b[at + 3] & 0xff);
  }
}
