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

  private ProblemWording() {}

  /** How a problem's English words are said to the current reader, set once when the application starts. */
  public static void use(UnaryOperator<String> sayer) {
    inReadersLanguage = sayer;
  }

  /** The problem in the reader's language, or as the rule said it. */
  public static String say(String english) {
    return inReadersLanguage.apply(english);
  }

  /** The message key of a problem's English words. */
  public static String key(String english) {
    return "problem." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }
}
