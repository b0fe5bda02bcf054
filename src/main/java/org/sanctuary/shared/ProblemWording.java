package org.sanctuary.shared;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Says a field problem in the reader's language. The rules name problems in English, the API's
 * language; a page shows them in the language its reader chose, from the message {@code problem.}
 * followed by the English words folded to a key ("is not a date (YYYY-MM-DD)" becomes
 * {@code problem.is_not_a_date_yyyy_mm_dd}). The web layer supplies the look-up in the reader's
 * language when the application starts; a problem with no words in that language stays English.
 */
public final class ProblemWording {

  private static volatile UnaryOperator<String> inReadersLanguage = UnaryOperator.identity();
  private static volatile java.util.function.BiFunction<Wording, String, String> withValues = (wording, english) -> english;

  private ProblemWording() {}

  /**
   * How a problem's English words are said to the current reader, and words that hold values (a
   * template's key and the values, with the English to fall back on); set once when the application starts.
   */
  public static void use(UnaryOperator<String> sayer, java.util.function.BiFunction<Wording, String, String> sayerWithValues) {
    inReadersLanguage = sayer;
    withValues = sayerWithValues;
  }

  /** The problem in the reader's language, or as the rule said it. */
  public static String say(String english) {
    return inReadersLanguage.apply(english);
  }

  /** The field problem in the reader's language, or as the rule said it. */
  public static String say(FieldProblem problem) {
    return problem.wording() == null ? say(problem.message()) : withValues.apply(problem.wording(), problem.message());
  }

  /** The template with each {@code {n}} replaced by the n-th value. */
  public static String fill(String template, Object... values) {
    String filled = template;
    for (int i = 0; i < values.length; i++) {
      filled = filled.replace("{" + i + "}", String.valueOf(values[i]));
    }
    return filled;
  }

  /** The message key of a problem's English words. */
  public static String key(String english) {
    return "problem." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }
}
