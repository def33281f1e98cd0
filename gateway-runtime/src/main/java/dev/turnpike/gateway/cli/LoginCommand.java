package dev.turnpike.gateway.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/** Signs in and keeps the session for later commands, then proves it by listing the tenants. */
final class LoginCommand implements Command {
  static final String DEFAULT_PORTAL = "http://localhost:8080";
  static final String DEFAULT_ISSUER = "http://localhost:8180/realms/turnpike";
  static final String DEFAULT_CLIENT = "turnpike-cli";

  @Override
  public String name() {
    return "login";
  }

  @Override
  public String usage() {
    return """
        turnpike login [--portal URL] [--issuer URL] (--user NAME | --device | --token TOKEN)
          Signs in to the portal (default %s, or $TURNPIKE_PORTAL) through Keycloak
          (realm URL default %s, or $TURNPIKE_ISSUER):
          --user asks for the password (or reads $TURNPIKE_PASSWORD); --device prints a link and
          code to confirm in a browser; --token keeps a personal access token or any bearer token.
          The session is saved in ~/.config/turnpike/session.json (mode 0600; $TURNPIKE_CONFIG).
        """
        .formatted(DEFAULT_PORTAL, DEFAULT_ISSUER);
  }

  @Override
  public Set<String> options() {
    return Set.of("portal", "issuer", "client-id", "user", "token");
  }

  @Override
  public Set<String> flags() {
    return Set.of("device", "json");
  }

  @Override
  public int run(CliArgs args, CliContext context) {
    String portal = setting(args, context, "portal", "TURNPIKE_PORTAL", DEFAULT_PORTAL);
    Session session = signIn(args, context, portal);
    session.save(context.sessionFile());
    JsonNode tenants;
    try {
      tenants = new ManagementClient(context).get("/tenants");
    } catch (CliException refused) {
      Session.delete(context.sessionFile());
      throw refused;
    }
    StringBuilder names = new StringBuilder();
    tenants.forEach(t -> names.append(names.isEmpty() ? "" : ", ").append(t.path("slug").asText()));
    context
        .out()
        .println(
            "Signed in to "
                + portal
                + (names.isEmpty() ? "; no tenants yet." : "; your tenants: " + names + "."));
    return 0;
  }

  private Session signIn(CliArgs args, CliContext context, String portal) {
    String token = args.option("token").orElse(context.env().get("TURNPIKE_TOKEN"));
    if (token != null && !token.isBlank()) {
      return new Session(portal, null, null, token.strip(), null, null);
    }
    String issuer = setting(args, context, "issuer", "TURNPIKE_ISSUER", DEFAULT_ISSUER);
    String client = args.option("client-id").orElse(DEFAULT_CLIENT);
    KeycloakLogin keycloak = new KeycloakLogin(context, issuer, client);
    if (args.flag("device")) {
      return keycloak.device(portal);
    }
    String user =
        args.required("user", "who signs in (or use --device, or --token for an access token)");
    String fromEnv = context.env().get("TURNPIKE_PASSWORD");
    char[] password =
        fromEnv != null
            ? fromEnv.toCharArray()
            : context.passwordPrompt().apply("Password for " + user + ": ");
    return keycloak.password(portal, user, password);
  }

  private static String setting(
      CliArgs args, CliContext context, String option, String variable, String fallback) {
    String value = args.option(option).orElse(context.env().getOrDefault(variable, fallback));
    if (!value.startsWith("http://") && !value.startsWith("https://")) {
      throw CliException.usage("--" + option + " must be an http(s) URL, got '" + value + "'");
    }
    return value;
  }
}
