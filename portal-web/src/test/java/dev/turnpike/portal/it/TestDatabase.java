package dev.turnpike.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A fresh PostgreSQL database on this machine's server for one test run. */
final class TestDatabase {
  static final String HOST = System.getProperty("turnpike.it.pg.host", "127.0.0.1:5432");
  static final String USER = System.getProperty("turnpike.it.pg.user", "postgres");
  static final String PASSWORD = System.getProperty("turnpike.it.pg.password", "");

  /** Overridable so that two checkouts can run their ITs at once on one server. */
  static final String NAME = System.getProperty("turnpike.it.pg.database", "turnpike_it");

  private TestDatabase() {}

  static String createFresh() {
    try (Connection admin =
            DriverManager.getConnection("jdbc:postgresql://" + HOST + "/postgres", USER, PASSWORD);
        Statement sql = admin.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + NAME + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + NAME);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL at " + HOST + " refused user " + USER + ": " + e.getMessage(), e);
    }
    return url();
  }

  static String url() {
    return "jdbc:postgresql://" + HOST + "/" + NAME;
  }
}
