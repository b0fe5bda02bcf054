package org.sanctuary.procedure;

import java.time.LocalDate;
import org.sanctuary.access.OfficeId;
import org.sanctuary.registry.PersonId;

/** A case as a work queue shows it. */
public record CaseSummary(
    CaseId id, String fileNumber, OfficeId office, PersonId principal, ClaimState state, boolean priority, LocalDate intentOn) {}
