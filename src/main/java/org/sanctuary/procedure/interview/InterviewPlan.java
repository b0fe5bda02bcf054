package org.sanctuary.procedure.interview;

import org.jspecify.annotations.Nullable;

/**
 * An interview as scheduled: who interviews, who interprets, who represents and who attends as
 * guardian, and a supervisor's recorded reason when a same-sex request cannot be met.
 */
public record InterviewPlan(
    Interviewer interviewer,
    @Nullable Participant interpreter,
    @Nullable Participant legalRepresentative,
    @Nullable Participant guardian,
    @Nullable String genderExceptionReason) {}
