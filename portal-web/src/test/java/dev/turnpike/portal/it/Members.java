package dev.turnpike.portal.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Adds a member with a role straight to the test database, for tests about what a role may do
 * rather than about invitations (MembersIT covers those end to end).
 */
final class Members {
  private Members() {}

  static void add(String tenantId, String email, String role) {
    String url = "jdbc:postgresql://" + TestDatabase.HOST + "/" + TestDatabase.NAME;
    try (Connection db =
            DriverManager.getConnection(url, TestDatabase.USER, TestDatabase.PASSWORD);
        PreparedStatement insert =
            db.prepareStatement(
                // created_at is copied from the owner's row: EclipseLink stores the Instant in
                // its own binary form, which a hand-written timestamp would not match.
                "INSERT INTO membership (id, tenant_id, email, role, created_at)"
                    + " SELECT ?, tenant_id, ?, ?, created_at FROM membership"
                    + " WHERE tenant_id = ? LIMIT 1")) {
      insert.setString(1, "m" + Long.toString(System.nanoTime(), 36));
      insert.setString(2, email);
      insert.setString(3, role);
      insert.setString(4, tenantId);
      if (insert.executeUpdate() != 1) {
        throw new IllegalStateException("Tenant " + tenantId + " has no member to copy from");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not add " + email + " as " + role, e);
    }
  }
}
