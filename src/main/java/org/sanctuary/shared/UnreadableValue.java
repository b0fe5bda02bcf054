package org.sanctuary.shared;

import java.util.Arrays;

/** A value given as text that Sanctuary cannot read, e.g. a date written in a form it does not know. */
public final class UnreadableValue extends RuntimeException {

  private final Wording wording;

  public UnreadableValue(String message) {
    super(message);
    this.wording = new Wording(ProblemWording.key(message), java.util.List.of());
  }

  /**
   * Words that hold values ({@code "cannot read \"{0}\" as a date"}): the message is the English with
   * the values in; a page says it in its reader's language from the template's words.
   */
  public UnreadableValue(String template, Object... values) {
    super(ProblemWording.fill(template, values));
    this.wording = new Wording(ProblemWording.key(template), Arrays.stream(values).map(String::valueOf).toList());
  }

  /** What a page says in its reader's language. */
  public Wording wording() {
    return wording;
  }
}
