package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.OfficeId;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.DecisionDraft;
import org.sanctuary.procedure.interview.Participant;
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
    List<Case.Interview> interviews,
    @Nullable Participant legalRepresentative,
    @Nullable Participant guardian,
    @Nullable StatusEnding ending,
    List<Case.Appeal> appeals,
    List<Verdict> unmetBeforeSigning,
    @Nullable LocalDate nextDeadline,
    @Nullable UUID scheduledInterview,
    @Nullable UUID appeal,
    @Nullable String appealAssignee,
    @Nullable LocalDate notifiedOn,
    @Nullable Assessment assessment,
    @Nullable DecisionDraft decision,
    List<Case.DerivativeDecision> derivatives,
    Set<Command> actionsYouMayTake,
    long version,
    List<CaseEvent> history) {}
