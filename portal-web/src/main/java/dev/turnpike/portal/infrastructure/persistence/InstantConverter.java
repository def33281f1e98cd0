package dev.turnpike.portal.infrastructure.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Stores every {@code Instant} as a SQL timestamp. The EclipseLink in Payara 6.2025.10 maps {@code
 * Instant} as a serialized Java object (a {@code bytea} column in PostgreSQL) despite JPA 3.1, so
 * dates could neither be read by SQL nor compared in queries by their value.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
  @Override
  public Timestamp convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : Timestamp.from(instant);
  }

  @Override
  public Instant convertToEntityAttribute(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
