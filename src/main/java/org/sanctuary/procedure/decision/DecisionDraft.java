package org.sanctuary.procedure.decision;

import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.PersonId;

/**
 * A drafted decision: the outcome, the reasons (categories, an individual explanation, the legal
 * basis), the appeal instructions, the notification language, and the persons it covers
 * (the principal and any dependants decided with them).
 */
public record DecisionDraft(
    Outcome outcome,
    Set<String> reasonCategories,
    @Nullable String individualExplanation,
    @Nullable String legalBasis,
    @Nullable String appealInstructions,
    @Nullable String notificationLanguage,
    Set<PersonId> covers) {

  /** What the decision decides. */
  public enum Outcome {
    RECOGNITION,
    REJECTION
  }

  public DecisionDraft {
    reasonCategories = Set.copyOf(reasonCategories);
    covers = Set.copyOf(covers);
  }
}
