package dev.turnpike.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class Swagger2Test {

  @Test
  void swagger_2_document_is_converted_and_rendered() throws Exception {
    byte[] zip = new ReferenceRenderer().renderZip(SiteFiles.resource("swagger2.json"));

    Map<String, String> files = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    assertThat(files)
        .containsKeys("index.html", "style.css", "operations/getOrder.html", "models/Order.html");
    assertThat(files.get("index.html"))
        .contains(
            "Legacy Store",
            "2.0.1",
            "<strong>Swagger 2</strong>",
            "https://legacy.example.com/api");
    assertThat(files.get("operations/getOrder.html"))
        .contains("<code>orderId</code>", "integer (int64)", "href=\"../models/Order.html\"")
        .contains("client.getOrder(1L, null);")
        .contains("await client.getOrder(1);")
        .contains("result = client.get_order(1)");
    assertThat(files.get("models/Order.html")).contains("placed, shipped");
  }
}
