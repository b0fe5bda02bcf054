package org.sanctuary.shared;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One rejected input field: its name as the caller sent it (e.g. {@code names[0].value}) and why, in
 * English (the API's language); where the words hold values, also their template and the values, so
 * that a page says them in its reader's language ({@link ProblemWording}).
 */
public record FieldProblem(String field, String message, @Nullable Wording wording) {

  public FieldProblem(String field, String message) {
    this(field, message, null);
  }

  /** A problem whose words hold values: {@code of("title", "is longer than {0} characters", 200)}. */
  public static FieldProblem of(String field, String template, Object... values) {
    return new FieldProblem(field, ProblemWording.fill(template, values),
        new Wording(ProblemWording.key(template), Arrays.stream(values).map(String::valueOf).toList()));
  }

  /** The field's text could not be read: the reader is told why in their language. */
  public static FieldProblem unreadable(String field, UnreadableValue why) {
    return new FieldProblem(field, why.getMessage(), why.wording());
  }
}
