package dev.turnpike.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.gateway.definition.ContentHandling;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;

/** Amazon's conversion table ("Content type conversions in API Gateway"). */
class PayloadsTest {

  private static final Buffer BYTES = Buffer.buffer(new byte[] {(byte) 0x89, 'P', 0});
  private static final String BASE64 = "iVAA";

  @Test
  void binary_requests_pass_as_bytes_unless_converted_to_text() {
    assertThat(Payloads.request(BYTES, true, null)).isEqualTo(BYTES);
    assertThat(Payloads.request(BYTES, true, ContentHandling.CONVERT_TO_BINARY)).isEqualTo(BYTES);
    assertThat(Payloads.request(BYTES, true, ContentHandling.CONVERT_TO_TEXT).toString())
        .isEqualTo(BASE64);
  }

  @Test
  void text_requests_are_decoded_only_for_convert_to_binary() {
    Buffer text = Buffer.buffer(BASE64);
    assertThat(Payloads.request(text, false, null)).isEqualTo(text);
    assertThat(Payloads.request(text, false, ContentHandling.CONVERT_TO_TEXT)).isEqualTo(text);
    assertThat(Payloads.request(text, false, ContentHandling.CONVERT_TO_BINARY)).isEqualTo(BYTES);
  }

  @Test
  void binary_responses_stay_binary_only_for_clients_accepting_binary_or_when_converted() {
    assertThat(Payloads.response(BYTES, true, null, true)).isEqualTo(BYTES);
    assertThat(Payloads.response(BYTES, true, null, false).toString()).isEqualTo(BASE64);
    assertThat(Payloads.response(BYTES, true, ContentHandling.CONVERT_TO_TEXT, true).toString())
        .isEqualTo(BASE64);
    assertThat(Payloads.response(BYTES, true, ContentHandling.CONVERT_TO_BINARY, false))
        .isEqualTo(BYTES);
  }

  @Test
  void templates_see_binary_bodies_base64_encoded() {
    assertThat(Payloads.templateText(BYTES, true)).isEqualTo(BASE64);
    assertThat(Payloads.templateText(Buffer.buffer("{}"), false)).isEqualTo("{}");
  }
}
