package dev.turnpike.portal.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * The {@code If-Match} header of the current management API request, put here by the REST layer so
 * the use cases can compare it with the version of what they are about to change.
 */
@RequestScoped
public class IfMatch {
  private String header;

  public void set(String header) {
    this.header = header == null || header.isBlank() ? null : header.trim();
  }

  String header() {
    return header;
  }
}
