package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.registry.PersonId;

/** A case as its reader sees it: where it stands, its deadlines, and what the reader may do now. */
public record CaseView(
    CaseId id,
    String fileNumber,
    OfficeId office,
    PersonId principal,
    Set<PersonId> dependants,
    Channel channel,
    Modality modality,
    @Nullable CaseId linkedTo,
    List<Case.IndependentClaim> independentClaims,
    ClaimState state,
    @Nullable LocalDate appealDeadline,
    boolean appealLate,
    Set<Command> actionsYouMayTake,
    long version,
    List<CaseEvent> history) {}
