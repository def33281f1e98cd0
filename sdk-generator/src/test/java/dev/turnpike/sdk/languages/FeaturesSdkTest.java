package dev.turnpike.sdk.languages;

import static org.assertj.core.api.Assertions.assertThat;

import dev.turnpike.sdk.Language;
import dev.turnpike.sdk.RecordingServer;
import dev.turnpike.sdk.SdkGenerator;
import dev.turnpike.sdk.SdkOptions;
import dev.turnpike.sdk.TestDocs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enums, maps, dates, allOf, oneOf with a discriminator, binary bodies and schema name clashes. */
class FeaturesSdkTest {

  private static final String DRIVER =
      """
      import zooapi.client.*;
      import zooapi.client.model.*;
      import java.time.Duration;
      import java.time.LocalDate;
      import java.util.function.Function;

      public class Driver implements Function<String, String> {
        public String apply(String baseUrl) {
          ZooApiClient client = new ZooApiClient(ClientConfig.builder()
              .baseUrl(baseUrl).initialBackoff(Duration.ofMillis(5)).jitter(1).build());
          Animal animal = client.getAnimal("leo", LocalDate.of(2024, 2, 29), GetAnimalSize.LARGE);
          Lion lion = (Lion) animal;
          byte[] photo = client.getPhoto("leo");
          Keeper2 keeper = client.addKeeper(new Keeper().setName("Ann")
              .setSince(LocalDate.of(2020, 1, 2)).setRole(KeeperRole2.HEAD));
          LionDiet diet = lion.getDiet();
          LionMoods mood = lion.getMoods().get(0);
          KeeperRole3 role = keeper.getRole();
          return lion.getName() + "|" + lion.getStatus() + "|" + lion.getBorn().getYear()
              + "|" + lion.getTags().get("age") + "|" + photo.length
              + "|" + keeper.getId() + "|" + keeper.getKeeper().getSince()
              + "|" + diet.name() + "|" + mood.name() + "|" + role.name()
              + "|" + keeper.getKeeper().getRole().name();
        }
      }
      """;

  private static final String SCRIPT =
      """
      import datetime
      import sys
      from zoo_api_client import ZooApiClient, ClientConfig, models
      client = ZooApiClient(ClientConfig(base_url=sys.argv[1], initial_backoff=0.01))
      animal = client.get_animal("leo", datetime.date(2024, 2, 29), models.GetAnimalSize.LARGE)
      photo = client.get_photo("leo")
      print(type(animal).__name__, animal.status, animal.tags["age"], len(photo), sep="|")
      born = animal.born
      assert isinstance(born, datetime.datetime), repr(born)
      print(born.isoformat(), born.tzinfo == datetime.timezone.utc, animal.diet, animal.moods, sep="|")
      keeper = client.add_keeper(models.Keeper(name="Ann", since=datetime.date(2020, 1, 2),
                                               role=models.KeeperRole2.HEAD))
      since = keeper.keeper.since
      assert type(since) is datetime.date, repr(since)
      print(keeper.id, since.isoformat(), keeper.role, keeper.keeper.role, sep="|")
      parse = models.parse_datetime
      print(parse("2021-03-04T05:06:07.5Z").isoformat(), parse("2021-03-04T05:06:07.123456789+02:00").isoformat(),
            parse("not a date"), models.parse_date("2021-13-01"), sep="|")
      print(models.Base(kind="k", born=datetime.datetime(2020, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)).to_dict())
      """;

  @TempDir Path dir;

  @Test
  void java_client_decodes_unions_enums_dates_maps_and_bytes() throws Exception {
    new SdkGenerator()
        .generateTo(TestDocs.read("features.yaml"), Language.JAVA, SdkOptions.defaults(), dir);
    Path sources = dir.resolve("src/main/java");
    assertThat(sources.resolve("zooapi/client/model/Keeper2.java")).exists();
    Files.writeString(sources.resolve("Driver.java"), DRIVER);
    ClassLoader loader =
        JavaCompilation.compile(sources, Files.createDirectory(dir.resolve("out")));

    try (RecordingServer server = answers(new RecordingServer())) {
      @SuppressWarnings("unchecked")
      Function<String, String> driver =
          (Function<String, String>) loader.loadClass("Driver").getConstructor().newInstance();

      assertThat(driver.apply(server.baseUrl()))
          .isEqualTo("Leo|on-loan|2019|3|3|9|2020-01-02|FISH|HUNGRY|SENIOR|ASSISTANT");
      List<RecordingServer.Received> received = server.received();
      assertThat(received.get(0).query()).isEqualTo("since=2024-02-29&size=large");
      assertThat(received.get(1)).isEqualTo(received.get(0));
      assertThat(received.get(3).body())
          .isEqualTo("{\"name\":\"Ann\",\"role\":\"head\",\"since\":\"2020-01-02\"}");
    }
  }

  @Test
  void python_client_decodes_unions_enums_maps_and_bytes() throws Exception {
    new SdkGenerator()
        .generateTo(TestDocs.read("features.yaml"), Language.PYTHON, SdkOptions.defaults(), dir);
    Files.writeString(dir.resolve("run.py"), SCRIPT);
    try (RecordingServer server = answers(new RecordingServer())) {
      Processes.Result result =
          Processes.run(dir, 60, List.of("python3", "run.py", server.baseUrl()));

      assertThat(result.exitCode()).as(result.output()).isZero();
      assertThat(result.output().strip().split("\\R"))
          .containsExactly(
              "Lion|Status.ON_LOAN|3|3",
              "2019-05-01T10:00:00+00:00|True|LionDiet.FISH|[<LionMoods.HUNGRY: 'hungry'>]",
              "9|2020-01-02|KeeperRole3.SENIOR|KeeperRole2.ASSISTANT",
              "2021-03-04T05:06:07.500000+00:00|2021-03-04T05:06:07.123456+02:00|not a date|2021-13-01",
              "{'kind': 'k', 'born': '2020-01-02T03:04:05+00:00'}");
      List<RecordingServer.Received> received = server.received();
      assertThat(received.get(0).query()).isEqualTo("since=2024-02-29&size=large");
      assertThat(received.get(3).body())
          .isEqualTo("{\"name\": \"Ann\", \"role\": \"head\", \"since\": \"2020-01-02\"}");
    }
  }

  @Test
  void inline_enums_become_named_types_in_typescript() throws Exception {
    new SdkGenerator()
        .generateTo(
            TestDocs.read("features.yaml"), Language.TYPESCRIPT, SdkOptions.defaults(), dir);
    assertThat(dir.resolve("src/models.ts"))
        .content()
        .contains("export type LionDiet = \"meat\" | \"fish\";")
        .contains("\"diet\"?: LionDiet;")
        .contains("\"moods\"?: LionMoods[];")
        .contains("export type KeeperRole = \"senior\" | \"junior\";")
        .contains("export type KeeperRole2 = \"head\" | \"assistant\";")
        .contains("export type KeeperRole3 = \"senior\" | \"junior\";");
    assertThat(dir.resolve("src/client.ts")).content().contains("size?: models.GetAnimalSize");
  }

  private static RecordingServer answers(RecordingServer server) {
    return server
        .answer(503, "{}", Map.of())
        .answer(
            200,
            "{\"kind\":\"lion\",\"name\":\"Leo\",\"status\":\"on-loan\","
                + "\"born\":\"2019-05-01T10:00:00Z\",\"tags\":{\"age\":3},\"mane\":true,"
                + "\"diet\":\"fish\",\"moods\":[\"hungry\"]}")
        .answer(200, "PNG")
        .answer(
            201,
            "{\"id\":9,\"role\":\"senior\","
                + "\"keeper\":{\"name\":\"Ann\",\"since\":\"2020-01-02\",\"role\":\"assistant\"}}");
  }
}
