package org.sanctuary.procedure;

import java.util.Objects;
import java.util.UUID;

/** Identifies a case. */
public record CaseId(UUID value) {

  public CaseId {
    Objects.requireNonNull(value, "value");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
