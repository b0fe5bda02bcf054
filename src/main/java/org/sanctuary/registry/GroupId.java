package org.sanctuary.registry;

import java.util.Objects;
import java.util.UUID;

/** Identifies a registration group. */
public record GroupId(UUID value) {

  public GroupId {
    Objects.requireNonNull(value, "value");
  }

  public static GroupId of(String value) {
    return new GroupId(UUID.fromString(value));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
