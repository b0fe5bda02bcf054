package org.sanctuary.identity;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How close two names are, in the ordered levels of names-and-linkage.md §2: canonical-equal (a key
 * in common), then Jaro–Winkler over the keys (≥ 0.92, ≥ 0.85), else different. Script-independent:
 * the keys already fold every rendering, so 김철수 and 김철주 meet at the fuzzy level, not above.
 *
 * @param level how close
 * @param key this name's key that came closest
 * @param otherKey the other name's key it came closest to
 * @param similarity Jaro–Winkler between the two keys (1 when equal)
 */
public record NameMatch(Level level, String key, String otherKey, double similarity) {

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

  /** The comparison levels, closest first. */
  public enum Level {
    CANONICAL_EQUAL,
    CLOSE,
    SIMILAR,
    DIFFERENT
  }

  /** Keys of each name compared by Jaro–Winkler when none is shared: the likeliest readings (keys come likeliest first). */
  public static final int FUZZY_KEYS = 4;

  /**
   * The closest pair of keys of two names (each list from {@link NameKeys#of}); none when either has
   * no key. A key in common is looked for first; only if there is none are the likeliest keys of
   * each compared by Jaro–Winkler (this runs once per candidate pair of a linkage run).
   */
  public static NameMatch between(List<String> keys, List<String> otherKeys) {
    for (String key : keys) {
      for (String other : otherKeys) {
        if (key.equals(other)) {
          return new NameMatch(Level.CANONICAL_EQUAL, key, other, 1);
        }
      }
    }
    NameMatch best = new NameMatch(Level.DIFFERENT, "", "", 0);
    for (String key : keys.subList(0, Math.min(FUZZY_KEYS, keys.size()))) {
      for (String other : otherKeys.subList(0, Math.min(FUZZY_KEYS, otherKeys.size()))) {
        double similarity = JARO_WINKLER.apply(key, other);
        if (similarity > best.similarity()) {
          best = new NameMatch(level(similarity), key, other, similarity);
        }
      }
    }
    return best;
  }

  /** How close two keys that differ are: Jaro–Winkler ≥ 0.92 is close, ≥ 0.85 similar, below different. */
  public static Level fuzzy(String key, String otherKey) {
    return level(JARO_WINKLER.apply(key, otherKey));
  }

  private static Level level(double similarity) {
    return similarity >= 0.92 ? Level.CLOSE : similarity >= 0.85 ? Level.SIMILAR : Level.DIFFERENT;
  }
}
