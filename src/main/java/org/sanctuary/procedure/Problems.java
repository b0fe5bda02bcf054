package org.sanctuary.procedure;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.LanguageCodes;
import org.sanctuary.shared.ValidationFailed;

/** The problems of one command's input, gathered field by field so that all are reported at once. */
final class Problems {

  /** The longest free text a command keeps. */
  static final int TEXT_LIMIT = 1000;

  private final List<FieldProblem> found = new ArrayList<>();

  Problems required(String field, @Nullable Object value, String message) {
    if (value == null) {
      found.add(new FieldProblem(field, message));
    }
    return this;
  }

  /** Text that must be given, 1 to {@link #TEXT_LIMIT} characters. */
  Problems text(String field, @Nullable String text, String message) {
    if (text == null || text.isBlank() || text.length() > TEXT_LIMIT) {
      found.add(new FieldProblem(field, message));
    }
    return this;
  }

  /** A language code from the list, when one is given (or always, when required). */
  Problems language(String field, @Nullable String code, boolean required) {
    try {
      if (required) {
        LanguageCodes.required(field, code);
      } else {
        LanguageCodes.orNull(field, code);
      }
    } catch (ValidationFailed notACode) {
      found.addAll(notACode.problems());
    }
    return this;
  }

  Problems when(boolean broken, String field, String message) {
    if (broken) {
      found.add(new FieldProblem(field, message));
    }
    return this;
  }

  List<FieldProblem> list() {
    return List.copyOf(found);
  }

  /** Text as kept: without surrounding spaces. */
  static @Nullable String stripped(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
