package org.sanctuary.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a case's history, in the past tense: what happened ({@code IntentRecorded},
 * {@code DecisionSigned}), on which day, by whom, and the state it left the claim in; and, for a late
 * record of something done on paper, the day it was recorded and why it was recorded late.
 */
public record CaseEvent(
    Happened what, LocalDate on, String by, ClaimState state, String detail, LocalDate recordedOn,
    @Nullable String lateReason) {

  public CaseEvent {
    // Entries written before recording days were kept were recorded the day they happened.
    if (recordedOn == null) {
      recordedOn = on;
    }
  }

  CaseEvent(Happened what, ActDate when, String by, ClaimState state, String detail) {
    this(what, when.actedOn(), by, state, detail, when.recordedOn(), when.lateReason());
  }

  /** Whether the act was recorded after the day it was done. */
  public boolean late() {
    return recordedOn.isAfter(on);
  }
}
