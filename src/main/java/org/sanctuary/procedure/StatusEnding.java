package org.sanctuary.procedure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A proposal, then a decision, to end a recognised refugee's status (procedure.md §3, "Ending status").
 *
 * @param kind cancellation (the recognition should never have been made), cessation (Art 1C: the
 *     person no longer needs protection) or revocation (Art 1F(a) or (c) conduct after recognition)
 * @param provision the provision relied on, e.g. {@code 1C(5)}
 * @param reasons the individual reasons
 * @param notifiedOn the day the decision to end was notified; none while only proposed
 * @param clockFrom the day the appeal clock runs from: the later of notification and its record
 */
public record StatusEnding(
    Kind kind, String provision, String reasons, @Nullable LocalDate notifiedOn, @Nullable LocalDate clockFrom) {

  /** The three ways a status ends. */
  public enum Kind {
    CANCELLATION,
    CESSATION,
    REVOCATION
  }

  /** The provisions each kind may rely on. */
  public static Set<String> provisions(Kind kind) {
    return new TreeSet<>(
        switch (kind) {
          case CANCELLATION -> Set.of("1F(a)", "1F(b)", "1F(c)", "1D", "1E", "MISREPRESENTATION");
          case CESSATION -> Set.of("1C(1)", "1C(2)", "1C(3)", "1C(4)", "1C(5)", "1C(6)");
          case REVOCATION -> Set.of("1F(a)", "1F(c)");
        });
  }

  /** STATUS_ENDING_UNREASONED — Art 1C, 1F; UNHCR Note on Cancellation (2004); Handbook ¶111-139. */
  public static Verdict check(@Nullable Kind kind, @Nullable String provision, @Nullable String reasons) {
    List<String> missing = new ArrayList<>();
    if (kind == null) {
      missing.add("kind");
    } else if (provision == null || !provisions(kind).contains(provision.strip())) {
      missing.add("provision");
    }
    if (reasons == null || reasons.isBlank()) {
      missing.add("reasons");
    }
    return missing.isEmpty()
        ? Verdict.ALLOWED
        : Verdict.refuse(
            ReasonCode.STATUS_ENDING_UNREASONED,
            "The proposal to end the status lacks: " + String.join(", ", missing) + "."
                + (kind == null ? "" : " " + kind.name().toLowerCase(Locale.ROOT) + " relies on one of " + provisions(kind) + "."),
            missing);
  }

  StatusEnding notified(LocalDate on, LocalDate clockStart) {
    return new StatusEnding(kind, provision, reasons, on, clockStart);
  }
}
