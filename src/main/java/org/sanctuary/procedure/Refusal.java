package org.sanctuary.procedure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A command the procedure refuses: the reason code, what was wrong in words (English, for the API;
 * with a {@link Wording} where the guard gave one, for pages in the reader's language), and, where a
 * list applies (e.g. the missing parts of a reasoned decision), what is missing. Nothing was changed.
 */
public final class Refusal extends RuntimeException {

  private final ReasonCode code;
  private final List<String> missing;
  private final @Nullable CaseId relatedCase;
  private final org.sanctuary.shared.@Nullable Wording wording;

  public Refusal(ReasonCode code, String detail, List<String> missing) {
    this(code, detail, missing, null, null);
  }

  /** A refusal that points at the case it is about (the claim already open for the person, say). */
  public Refusal(ReasonCode code, String detail, List<String> missing, @Nullable CaseId relatedCase) {
    this(code, detail, missing, relatedCase, null);
  }

  /** A refusal with its explanation worded for pages, as well as in English. */
  public Refusal(ReasonCode code, String detail, List<String> missing, @Nullable CaseId relatedCase,
      org.sanctuary.shared.@Nullable Wording wording) {
    super(detail);
    this.code = code;
    this.missing = List.copyOf(missing);
    this.relatedCase = relatedCase;
    this.wording = wording;
  }

  /** The explanation as a message key and arguments, where the guard gave one; the English detail otherwise. */
  public org.sanctuary.shared.@Nullable Wording wording() {
    return wording;
  }

  /** The case the refusal points at, if any; whoever shows it links it only for a reader of that case. */
  public @Nullable CaseId relatedCase() {
    return relatedCase;
  }

  public Refusal(ReasonCode code, String detail) {
    this(code, detail, List.of());
  }

  public ReasonCode code() {
    return code;
  }

  public List<String> missing() {
    return missing;
  }
}
