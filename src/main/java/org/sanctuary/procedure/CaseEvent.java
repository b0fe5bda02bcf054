package org.sanctuary.procedure;

import java.time.LocalDate;

/**
 * One entry of a case's history, in the past tense: what happened ({@code IntentRecorded},
 * {@code DecisionSigned}), on which day, by whom, and the state it left the claim in.
 */
public record CaseEvent(String what, LocalDate on, String by, ClaimState state, String detail) {}
