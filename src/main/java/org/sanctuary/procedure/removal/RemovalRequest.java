package org.sanctuary.procedure.removal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.ClaimState;

/**
 * What the lock needs to know when someone asks for a person to be removed, returned, handed over or
 * transferred: the claim's state, the last day of its appeal grace (if a negative decision was
 * notified), whether an appeal or reopening is pending, and whether a risk assessment is attached.
 */
public record RemovalRequest(
    ClaimState state,
    @Nullable LocalDate endOfAppealGrace,
    boolean appealOrReopeningPending,
    boolean riskAssessmentAttached,
    LocalDate today) {}
