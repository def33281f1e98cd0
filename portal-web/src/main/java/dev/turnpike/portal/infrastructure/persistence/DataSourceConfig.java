package dev.turnpike.portal.infrastructure.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's database. Embedded H2 (a file in the data folder) by default; PostgreSQL in a
 * cluster and in the integration tests. Payara resolves {@code ${MPCONFIG=...}} from MicroProfile
 * Config, so the same WAR runs against either.
 */
@DataSourceDefinition(
    name = "java:app/jdbc/turnpike",
    className = "${MPCONFIG=turnpike.db.datasource-class}",
    url = "${MPCONFIG=turnpike.db.url}",
    user = "${MPCONFIG=turnpike.db.user}",
    password = "${MPCONFIG=turnpike.db.password}",
    minPoolSize = 2,
    maxPoolSize = 32)
@Singleton
public class DataSourceConfig {}
