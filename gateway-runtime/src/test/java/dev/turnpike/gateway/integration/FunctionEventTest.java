package dev.turnpike.gateway.integration;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FunctionEventTest {

  private static FunctionEvent.Request request(
      MultiMap headers, MultiMap query, Buffer body, boolean binary) {
    return new FunctionEvent.Request(
        "/pets/{id}",
        "/pets/7",
        "POST",
        headers,
        query,
        Map.of("id", "7"),
        Map.of("color", "blue"),
        Map.of("stage", "prod", "path", "/prod/pets/7"),
        body,
        binary);
  }

  @Test
  void holds_the_last_value_per_name_and_all_values_in_the_multi_value_maps() {
    MultiMap headers =
        MultiMap.caseInsensitiveMultiMap().add("Accept", "a/b").add("X-Tag", "1").add("X-Tag", "2");
    MultiMap query = MultiMap.caseInsensitiveMultiMap().add("q", "x").add("q", "y");

    JsonObject event =
        FunctionEvent.toJson(request(headers, query, Buffer.buffer("{\"a\":1}"), false));

    assertThat(event.getString("resource")).isEqualTo("/pets/{id}");
    assertThat(event.getString("path")).isEqualTo("/pets/7");
    assertThat(event.getString("httpMethod")).isEqualTo("POST");
    assertThat(event.getJsonObject("headers").getString("X-Tag")).isEqualTo("2");
    assertThat(event.getJsonObject("multiValueHeaders").getJsonArray("X-Tag").getList())
        .containsExactly("1", "2");
    assertThat(event.getJsonObject("queryStringParameters").getString("q")).isEqualTo("y");
    assertThat(event.getJsonObject("multiValueQueryStringParameters").getJsonArray("q").getList())
        .containsExactly("x", "y");
    assertThat(event.getJsonObject("pathParameters").getString("id")).isEqualTo("7");
    assertThat(event.getJsonObject("stageVariables").getString("color")).isEqualTo("blue");
    assertThat(event.getJsonObject("requestContext").getString("path")).isEqualTo("/prod/pets/7");
    assertThat(event.getString("body")).isEqualTo("{\"a\":1}");
    assertThat(event.getBoolean("isBase64Encoded")).isFalse();
  }

  @Test
  void empty_maps_and_bodies_are_null_as_in_amazon() {
    JsonObject event =
        FunctionEvent.toJson(
            new FunctionEvent.Request(
                "/",
                "/",
                "GET",
                MultiMap.caseInsensitiveMultiMap(),
                MultiMap.caseInsensitiveMultiMap(),
                Map.of(),
                Map.of(),
                Map.of(),
                Buffer.buffer(),
                false));

    assertThat(event.containsKey("queryStringParameters")).isTrue();
    assertThat(event.getValue("queryStringParameters")).isNull();
    assertThat(event.getValue("multiValueQueryStringParameters")).isNull();
    assertThat(event.getValue("pathParameters")).isNull();
    assertThat(event.getValue("stageVariables")).isNull();
    assertThat(event.getValue("body")).isNull();
  }

  @Test
  void base64_encodes_binary_bodies() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff};

    JsonObject event =
        FunctionEvent.toJson(
            request(
                MultiMap.caseInsensitiveMultiMap(),
                MultiMap.caseInsensitiveMultiMap(),
                Buffer.buffer(png),
                true));

    assertThat(event.getBoolean("isBase64Encoded")).isTrue();
    assertThat(Base64.getDecoder().decode(event.getString("body"))).isEqualTo(png);
  }
}
