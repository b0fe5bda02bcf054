package org.sanctuary.shared;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Says a field problem in the reader's language. The rules name problems in English, the API's
 * language; a page shows them in the language its reader chose, from the message {@code problem.}
 * followed by the English words folded to a key ("is not a date (YYYY-MM-DD)" becomes
 * {@code problem.is_not_a_date_yyyy_mm_dd}). A problem with no words in that language stays English.
 */
public final class ProblemWording {

  private static volatile @Nullable MessageSource messages;

  private ProblemWording() {}

  /** The application's messages, set once when it starts. */
  public static void use(MessageSource source) {
    messages = source;
  }

  /** The problem in the reader's language, or as the rule said it. */
  public static String say(String english) {
    MessageSource source = messages;
    Locale reader = LocaleContextHolder.getLocale();
    if (source == null || reader.getLanguage().equals("en")) {
      return english;
    }
    return source.getMessage(key(english), null, english, reader);
  }

  /** The message key of a problem's English words. */
  public static String key(String english) {
    return "problem." + english.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
  }
}
