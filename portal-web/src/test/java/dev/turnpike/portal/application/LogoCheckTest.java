package dev.turnpike.portal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoCheckTest {
  /** Real 1×1 WebP files (lossless and lossy), as browsers' WebP feature tests use them. */
  static final byte[] WEBP_LOSSLESS =
      Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

  static final byte[] WEBP_LOSSY =
      Base64.getDecoder().decode("UklGRiIAAABXRUJQVlA4IBYAAAAwAQCdASoBAAEADsD+JaQAA3AAAAAA");

  @Test
  void reads_type_and_size_of_a_png_from_its_bytes() {
    assertThat(LogoCheck.check(image("png", 40, 24, false), "image/png"))
        .isEqualTo(new LogoCheck.Logo("image/png", 40, 24));
  }

  @Test
  void reads_a_jpeg_whatever_content_type_was_declared() {
    assertThat(LogoCheck.check(image("jpg", 33, 17, false), "application/octet-stream"))
        .isEqualTo(new LogoCheck.Logo("image/jpeg", 33, 17));
  }

  @Test
  void reads_lossless_and_lossy_webp_headers() {
    assertThat(LogoCheck.check(WEBP_LOSSLESS, "image/webp"))
        .isEqualTo(new LogoCheck.Logo("image/webp", 1, 1));
    assertThat(LogoCheck.check(WEBP_LOSSY, null)).isEqualTo(new LogoCheck.Logo("image/webp", 1, 1));
  }

  @Test
  void reads_the_canvas_of_an_extended_webp_and_refuses_one_too_wide() {
    byte[] header = new byte[30];
    put(header, 0, "RIFF");
    put(header, 8, "WEBP");
    put(header, 12, "VP8X");
    // canvas width-1 = 1999, height-1 = 99, 24-bit little-endian
    header[24] = (byte) (1999 & 0xff);
    header[25] = (byte) (1999 >> 8);
    header[27] = 99;
    assertThatThrownBy(() -> LogoCheck.check(header, "image/webp"))
        .hasMessageContaining("2000×100 pixels")
        .hasMessageContaining("1024×1024");
  }

  @Test
  void refuses_svg_saying_why_even_when_it_claims_to_be_a_png() {
    String svg =
        "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)"
            + "</script></svg>";
    assertThatThrownBy(() -> LogoCheck.check(svg.getBytes(StandardCharsets.UTF_8), "image/png"))
        .isInstanceOfSatisfying(
            PortalException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PortalException.Kind.UNSUPPORTED_MEDIA_TYPE);
              assertThat(e.getMessage()).contains("SVG", "scripts");
            });
  }

  @Test
  void refuses_a_text_file_renamed_to_png_naming_the_declared_type() {
    byte[] text = "just some notes, saved as logo.png".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LogoCheck.check(text, "image/png"))
        .isInstanceOfSatisfying(
            PortalException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PortalException.Kind.UNSUPPORTED_MEDIA_TYPE);
              assertThat(e.getMessage()).contains("not a PNG, JPEG or WebP", "'image/png'");
              assertThat(e.details()).extracting(PortalException.Detail::location).contains("logo");
            });
  }

  @Test
  void refuses_files_over_256_kb_before_looking_at_them() {
    byte[] noisy = image("png", 400, 400, true);
    assertThat(noisy.length).isGreaterThan(LogoCheck.MAX_BYTES);
    assertThatThrownBy(() -> LogoCheck.check(noisy, "image/png"))
        .isInstanceOfSatisfying(
            PortalException.class,
            e -> assertThat(e.kind()).isEqualTo(PortalException.Kind.PAYLOAD_TOO_LARGE));
  }

  @Test
  void refuses_images_over_1024_pixels_either_way() {
    assertThatThrownBy(() -> LogoCheck.check(image("png", 1025, 8, false), "image/png"))
        .hasMessageContaining("1025×8 pixels");
    assertThatThrownBy(() -> LogoCheck.check(image("jpg", 8, 1500, false), "image/jpeg"))
        .hasMessageContaining("8×1500 pixels");
    assertThat(LogoCheck.check(image("png", 1024, 1024, false), "image/png").width())
        .isEqualTo(1024);
  }

  @Test
  void refuses_empty_and_truncated_images() {
    assertThatThrownBy(() -> LogoCheck.check(new byte[0], "image/png"))
        .hasMessageContaining("empty");
    byte[] png = image("png", 4, 4, false);
    byte[] truncatedPng = java.util.Arrays.copyOf(png, 12);
    assertThatThrownBy(() -> LogoCheck.check(truncatedPng, "image/png"))
        .hasMessageContaining("damaged");
    byte[] jpegStart = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 1};
    assertThatThrownBy(() -> LogoCheck.check(jpegStart, "image/jpeg"))
        .hasMessageContaining("damaged");
  }

  /** A real image encoded by the JDK; noise makes it incompressible (and so large). */
  static byte[] image(String format, int width, int height, boolean noise) {
    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(7);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        picture.setRGB(x, y, noise ? random.nextInt() : 0x3b5bdb);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(picture, format, out)) {
        throw new IllegalStateException("No writer for " + format);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private static void put(byte[] bytes, int at, String ascii) {
    byte[] text = ascii.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(text, 0, bytes, at, text.length);
  }
}
