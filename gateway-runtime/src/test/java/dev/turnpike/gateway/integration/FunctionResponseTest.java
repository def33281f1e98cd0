package dev.turnpike.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.buffer.Buffer;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FunctionResponseTest {

  private static FunctionResponse.Parsed parse(String json) throws Exception {
    return FunctionResponse.parse(Buffer.buffer(json));
  }

  @Test
  void maps_status_headers_and_body() throws Exception {
    FunctionResponse.Parsed parsed =
        parse(
            "{\"statusCode\": 201, \"headers\": {\"X-One\": \"1\", \"X-Both\": \"single\"},"
                + " \"multiValueHeaders\": {\"Set-Cookie\": [\"a=1\", \"b=2\"],"
                + " \"X-Both\": [\"m1\", \"m2\"]}, \"body\": \"{\\\"ok\\\":true}\"}");

    assertThat(parsed.status()).isEqualTo(201);
    assertThat(parsed.headers().get("X-One")).isEqualTo("1");
    assertThat(parsed.headers().getAll("Set-Cookie")).containsExactly("a=1", "b=2");
    assertThat(parsed.headers().getAll("X-Both")).containsExactly("m1", "m2");
    assertThat(parsed.body().toString()).isEqualTo("{\"ok\":true}");
  }

  @Test
  void decodes_base64_bodies_to_bytes() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xfe};
    FunctionResponse.Parsed parsed =
        parse(
            "{\"statusCode\": \"200\", \"isBase64Encoded\": true, \"body\": \""
                + Base64.getEncoder().encodeToString(png)
                + "\"}");

    assertThat(parsed.status()).isEqualTo(200);
    assertThat(parsed.body().getBytes()).isEqualTo(png);
  }

  @Test
  void a_missing_body_is_empty() throws Exception {
    assertThat(parse("{\"statusCode\": 204}").body().length()).isZero();
  }

  @Test
  void refuses_what_amazon_calls_a_malformed_lambda_proxy_response() {
    assertMalformed("[1]", "not a JSON object");
    assertMalformed("hello", "not JSON");
    assertMalformed("{\"body\": \"x\"}", "statusCode is missing");
    assertMalformed("{\"statusCode\": 99}", "statusCode must be");
    assertMalformed("{\"statusCode\": 200, \"body\": {\"a\": 1}}", "body must be a string");
    assertMalformed("{\"statusCode\": 200, \"extra\": 1}", "unexpected field 'extra'");
    assertMalformed("{\"statusCode\": 200, \"headers\": {\"a\": {}}}", "headers.a");
    assertMalformed("{\"statusCode\": 200, \"multiValueHeaders\": {\"a\": \"x\"}}", "array");
    assertMalformed(
        "{\"statusCode\": 200, \"isBase64Encoded\": true, \"body\": \"***\"}", "not base64");
  }

  private static void assertMalformed(String json, String why) {
    assertThatThrownBy(() -> parse(json))
        .isInstanceOf(FunctionResponse.Malformed.class)
        .hasMessageContaining(why);
  }
}
