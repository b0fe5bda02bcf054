package org.sanctuary.registry;

import java.text.Normalizer;
import java.util.Locale;

/** One name of a person, in one script, as given. Exactly one of a person's names is primary. */
public record PersonName(NameScript script, String value, boolean primary) {

  /**
   * The form used to find names by prefix: case, accents, apostrophes, hyphens and spaces folded
   * away, so "Kim Ch'ŏl-su" and "kim cholsu" meet.
   */
  public String searchKey() {
    return searchKey(value);
  }

  public static String searchKey(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\s'’ʼ`\\-.,]", "");
  }
}
