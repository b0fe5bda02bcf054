package org.sanctuary.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Input that breaks a rule of form; every offending field is named. Nothing was written. */
public final class ValidationFailed extends RuntimeException {

  private final List<FieldProblem> problems;

  public ValidationFailed(List<FieldProblem> problems) {
    super("validation failed: " + problems.size() + " field(s)");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a validation failure names at least one field");
    }
    this.problems = List.copyOf(problems);
  }

  /** One field's problem whose words hold values ({@link FieldProblem#of}). */
  public static ValidationFailed of(String field, String template, Object... values) {
    return new ValidationFailed(List.of(FieldProblem.of(field, template, values)));
  }

  public static ValidationFailed of(String field, String message) {
    return new ValidationFailed(List.of(new FieldProblem(field, message)));
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /**
   * The messages keyed by field, in the reader's language ({@link ProblemWording}), joined where a field has several. List fields typed as one box on a
   * form ({@code nationalities[1]}) report on the box, except the given row fields, which keep their
   * index so a page can show the message beside the row.
   */
  public Map<String, String> messagesByField(String... rowFields) {
    Map<String, String> messages = new LinkedHashMap<>();
    for (FieldProblem problem : problems) {
      String field = problem.field();
      boolean keepsIndex = false;
      for (String rowField : rowFields) {
        keepsIndex |= field.startsWith(rowField + "[");
      }
      String key = keepsIndex ? field : field.replaceAll("\\[\\d+]", "");
      messages.merge(key, ProblemWording.say(problem), (a, b) -> a + "; " + b);
    }
    return messages;
  }
}
