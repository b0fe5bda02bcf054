package org.sanctuary.registry;

import java.util.Objects;
import java.util.UUID;

/** Identifies a person record. */
public record PersonId(UUID value) {

  public PersonId {
    Objects.requireNonNull(value, "value");
  }

  public static PersonId of(String value) {
    return new PersonId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
