package dev.turnpike.portal.interfaces.web;

import dev.turnpike.portal.application.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The signed-in person, from the OpenID Connect session. */
@Named("me")
@RequestScoped
public class WebCaller {
  @Inject OpenIdContext openId;
  @Inject SecurityContext security;

  public Caller caller() {
    Set<String> roles =
        Stream.of(Caller.API_DEVELOPER, Caller.PLATFORM_ADMIN, "app-developer")
            .filter(security::isCallerInRole)
            .collect(Collectors.toSet());
    return new Caller(openId.getClaims().getEmail().orElse(null), getDisplayName(), roles);
  }

  public String getDisplayName() {
    return openId.getClaims().getName().orElse(openId.getSubject());
  }

  public String getEmail() {
    return openId.getClaims().getEmail().orElse("");
  }
}
