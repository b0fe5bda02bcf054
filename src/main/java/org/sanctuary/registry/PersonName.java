package org.sanctuary.registry;

import java.text.Normalizer;
import java.util.Locale;

/** One name of a person, in one script, as given. Exactly one of a person's names is primary. */
public record PersonName(NameScript script, String value, boolean primary) {

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s'’ʼ`\\-.,]");

  /**
   * The form used to find names by prefix: case, accents, apostrophes, hyphens and spaces folded
   * away, so "Kim Ch'ŏl-su" and "kim cholsu" meet.
   */
  public String searchKey() {
    return searchKey(value);
  }

  public static String searchKey(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    String unmarked = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return SEPARATORS.matcher(unmarked).replaceAll("");
  }
}
