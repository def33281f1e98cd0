package dev.turnpike.gateway.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TurnpikeCliTest {
  @TempDir Path home;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final Map<String, String> env = new HashMap<>();
  private FakePortal portal;

  @BeforeEach
  void start() throws IOException {
    portal = new FakePortal("tpat_secret");
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  private int turnpike(String... args) {
    CliContext context =
        new CliContext(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            home.resolve("config/turnpike/session.json"),
            prompt -> {
              throw CliException.usage("no terminal in tests");
            },
            CliContext.newHttpClient(),
            Clock.systemUTC());
    return new TurnpikeCli(context).run(args);
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void login_with_a_token_keeps_a_session_only_the_user_can_read() throws IOException {
    int code = turnpike("login", "--portal", portal.url(), "--token", "tpat_secret");

    assertThat(code).as(err()).isZero();
    assertThat(out()).contains("Signed in to " + portal.url()).contains("acme");
    Path session = home.resolve("config/turnpike/session.json");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(session)))
        .isEqualTo("rw-------");
    assertThat(Files.readString(session)).contains("tpat_secret");
  }

  @Test
  void a_refused_token_is_not_kept_and_the_reason_is_shown() {
    int code = turnpike("login", "--portal", portal.url(), "--token", "tpat_wrong");

    assertThat(code).isEqualTo(1);
    assertThat(err()).contains("(401)").contains("invalid or expired").contains("turnpike login");
    assertThat(home.resolve("config/turnpike/session.json")).doesNotExist();
  }

  @Test
  void commands_need_a_session_first() {
    assertThat(turnpike("tenants")).isEqualTo(1);
    assertThat(err()).contains("not signed in: run 'turnpike login' first");
    assertThat(portal.seen).isEmpty();
  }

  @Test
  void tenants_are_printed_as_a_table_or_as_json() {
    turnpike("login", "--portal", portal.url(), "--token", "tpat_secret");
    out.reset();

    assertThat(turnpike("tenants")).isZero();
    assertThat(out()).contains("ID   SLUG  NAME  ROLE").contains("t-1  acme  Acme  OWNER");

    out.reset();
    assertThat(turnpike("tenants", "--json")).isZero();
    assertThat(out()).contains("\"slug\" : \"acme\"");
  }

  @Test
  void a_portal_refusal_prints_the_message_and_every_detail_with_its_location() {
    turnpike("login", "--portal", portal.url(), "--token", "tpat_secret");
    portal.planStatus = 422;
    portal.planBody =
        "{\"message\":\"The usage plan is not valid.\",\"details\":[{\"location\":\"throttleBurst\",\"message\":\"must be 0 or more\"}]}";

    int code = turnpike("plans", "create", "--tenant", "acme", "--name", "gold", "--burst", "-1");

    assertThat(code).isEqualTo(1);
    assertThat(err())
        .contains("POST /tenants/t-1/usage-plans (422): The usage plan is not valid.")
        .contains("throttleBurst: must be 0 or more");
    assertThat(portal.seen.get(portal.seen.size() - 1).body())
        .contains("\"name\":\"gold\"")
        .contains("\"throttleBurst\":-1");
  }

  @Test
  void an_unknown_tenant_lists_the_ones_the_caller_has() {
    turnpike("login", "--portal", portal.url(), "--token", "tpat_secret");

    assertThat(turnpike("plans", "--tenant", "nope")).isEqualTo(1);
    assertThat(err()).contains("no tenant 'nope' among yours: [acme]");
  }

  @Test
  void a_mistyped_option_or_a_bad_number_is_refused_by_name_before_anything_is_sent() {
    turnpike("login", "--portal", portal.url(), "--token", "tpat_secret");
    int sent = portal.seen.size();

    assertThat(turnpike("deploy", "--tenant", "acme", "--stag", "prod")).isEqualTo(2);
    assertThat(err()).contains("unknown option --stag for 'turnpike deploy'");
    assertThat(turnpike("plans", "create", "--tenant", "acme", "--name", "x", "--rate", "fast"))
        .isEqualTo(2);
    assertThat(err()).contains("--rate must be a number, got 'fast'");
    assertThat(turnpike("keys", "create", "--tenant")).isEqualTo(2);
    assertThat(err()).contains("--tenant needs a value");
    assertThat(portal.seen.stream().filter(s -> !s.path().endsWith("/tenants"))).isEmpty();
    assertThat(sent).isPositive();
  }

  @Test
  void a_broken_document_is_refused_with_json_pointers_and_never_uploaded() throws IOException {
    turnpike("login", "--portal", portal.url(), "--token", "tpat_secret");
    int sent = portal.seen.size();
    Path file = home.resolve("broken.yaml");
    Files.writeString(
        file,
        """
        openapi: 3.0.1
        info: {title: Broken, version: "1"}
        paths:
          /pets:
            get:
              x-amazon-apigateway-integration:
                type: carrier-pigeon
        """);

    int code = turnpike("import", "--tenant", "acme", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err())
        .contains("broken.yaml: error: /paths/~1pets/get/x-amazon-apigateway-integration/type")
        .contains("nothing was imported");
    assertThat(portal.seen).hasSize(sent);
  }

  @Test
  void dry_run_checks_a_good_document_without_signing_in() throws IOException {
    Path file = home.resolve("ok.yaml");
    Files.writeString(
        file,
        """
        openapi: 3.0.1
        info: {title: Fine, version: "1"}
        paths:
          /ping:
            get:
              responses: {"200": {description: ok}}
              x-amazon-apigateway-integration:
                type: mock
                requestTemplates: {application/json: '{"statusCode": 200}'}
                responses: {default: {statusCode: "200"}}
        """);

    assertThat(turnpike("import", "--dry-run", file.toString())).as(err()).isZero();
    assertThat(out()).contains("is a valid API definition (not imported: --dry-run)");
    assertThat(portal.seen).isEmpty();
  }

  @Test
  void help_lists_every_command_and_unknown_commands_exit_2() {
    assertThat(turnpike("help")).isZero();
    assertThat(out())
        .contains("turnpike login")
        .contains("turnpike import")
        .contains("turnpike deploy")
        .contains("turnpike plans create")
        .contains("turnpike keys rotate");
    assertThat(turnpike("deploi")).isEqualTo(2);
    assertThat(err()).contains("unknown command 'deploi'");
  }

  @Test
  void logout_forgets_the_session() {
    turnpike("login", "--portal", portal.url(), "--token", "tpat_secret");
    assertThat(turnpike("logout")).isZero();
    assertThat(home.resolve("config/turnpike/session.json")).doesNotExist();
  }
}
