package org.sanctuary.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads what a form sends as text into values, naming the field when it cannot: the same readers for
 * every page, so that a bad date or an unknown choice is refused in the same words everywhere.
 */
public final class TypedText {

  private TypedText() {}

  public static boolean blank(@Nullable String text) {
    return text == null || text.isBlank();
  }

  /** The text without surrounding spaces, or null when nothing was typed. */
  public static @Nullable String orNull(@Nullable String text) {
    return blank(text) ? null : text.strip();
  }

  /** A day written YYYY-MM-DD, or null when nothing was typed. */
  public static @Nullable LocalDate day(String field, @Nullable String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ValidationFailed.of(field, "is not a date (YYYY-MM-DD)");
    }
  }

  /** One of the choices of a vocabulary, or null when nothing was chosen. */
  public static <E extends Enum<E>> @Nullable E choice(String field, @Nullable String text, Function<String, E> parse) {
    if (blank(text)) {
      return null;
    }
    try {
      return parse.apply(text.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationFailed.of(field, "is not one of the choices");
    }
  }

  /** The id of one of a list's choices, or null when nothing was chosen. */
  public static @Nullable UUID id(String field, @Nullable String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return UUID.fromString(text.strip());
    } catch (IllegalArgumentException e) {
      throw ValidationFailed.of(field, "is not one of the choices");
    }
  }

  /** The version a form was filled from. */
  public static long version(@Nullable String text) {
    try {
      return Long.parseLong(text == null ? "" : text.strip());
    } catch (NumberFormatException e) {
      throw ValidationFailed.of("version", "send the version you read");
    }
  }
}
