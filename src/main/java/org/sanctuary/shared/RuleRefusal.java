package org.sanctuary.shared;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A request a rule of the record refuses, whatever its input: a filed report changed in place, an
 * import with bad rows. Answered 409 with the rule's code; nothing was changed. A refusal that
 * concerns one field of a form names it, so a page can say it beside the field.
 */
public final class RuleRefusal extends RuntimeException {

  private final String code;
  private final @Nullable String field;

  public RuleRefusal(String code, String detail) {
    this(code, detail, null);
  }

  public RuleRefusal(String code, String detail, @Nullable String field) {
    super(detail);
    this.code = code;
    this.field = field;
  }

  public String code() {
    return code;
  }

  public @Nullable String field() {
    return field;
  }

  /** The refusal as a page shows it beside its field (or the form's), in the reader's language. */
  public Map<String, String> messagesByField() {
    return Map.of(field == null ? "form" : field, ProblemWording.say(getMessage()));
  }
}
