package org.sanctuary.access;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** Identifies an office, the unit of data segregation. */
public record OfficeId(UUID value) implements Serializable {

  public OfficeId {
    Objects.requireNonNull(value, "value");
  }

  public static OfficeId of(String value) {
    return new OfficeId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
