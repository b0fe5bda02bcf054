package org.sanctuary.monitoring.interventions;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;

/**
 * An action taken for people or about events: a letter to the Premier of the State Council asking
 * protection for six detainees, say. Who was asked, when, what; the response (none, denied, token,
 * pledge, acted); whether it is still open; its priority; and when to follow up.
 */
public record Intervention(
    UUID id,
    OfficeId office,
    String addressee,
    LocalDate sentOn,
    String asked,
    Response response,
    @Nullable String responseNote,
    boolean textSensitive,
    Status status,
    Priority priority,
    @Nullable LocalDate nextFollowUp,
    boolean followUpOverdue,
    List<UUID> persons,
    List<UUID> events,
    long version) {

  public enum Response {
    NONE,
    DENIED,
    TOKEN,
    PLEDGE,
    ACTED
  }

  public enum Status {
    OPEN,
    CLOSED
  }

  public enum Priority {
    HIGH,
    NORMAL,
    LOW
  }
}
