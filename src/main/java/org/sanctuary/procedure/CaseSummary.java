package org.sanctuary.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.registry.PersonId;

/** A case as a work queue shows it, with the deadline it runs against now. */
public record CaseSummary(
    CaseId id, String fileNumber, OfficeId office, PersonId principal, ClaimState state, boolean priority, LocalDate intentOn,
    @Nullable LocalDate nextDeadline) {}
