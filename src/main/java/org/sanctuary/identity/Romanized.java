package org.sanctuary.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reads a Latin word written in any of the romanizations of Korean (RR, McCune–Reischauer with its
 * breves and apostrophes folded, DPRK official, and what people write: Kim, Park, Lee, Choi, Young,
 * Soo) into the sound classes of {@link Jamo}: each word is segmented into syllables of an initial,
 * a vowel and a final, every way it can be, fewest syllables first.
 */
final class Romanized {

  /** The most segmentations kept for one word. */
  static final int PARSES_PER_WORD = 3;

  private static final Map<String, String> INITIALS = Map.ofEntries(
      Map.entry("", ""),
      Map.entry("g", "K"), Map.entry("k", "K"), Map.entry("kk", "K"), Map.entry("gg", "K"), Map.entry("kh", "K"),
      Map.entry("d", "T"), Map.entry("t", "T"), Map.entry("tt", "T"), Map.entry("dd", "T"), Map.entry("th", "T"),
      Map.entry("b", "P"), Map.entry("p", "P"), Map.entry("pp", "P"), Map.entry("bb", "P"), Map.entry("ph", "P"),
      Map.entry("j", "C"), Map.entry("ch", "C"), Map.entry("jj", "C"), Map.entry("tch", "C"), Map.entry("ts", "C"),
      Map.entry("tz", "C"), Map.entry("chh", "C"),
      Map.entry("s", "S"), Map.entry("ss", "S"), Map.entry("sh", "S"),
      Map.entry("m", "M"), Map.entry("h", "H"), Map.entry("n", "N"),
      Map.entry("r", "N"), Map.entry("l", "N"), Map.entry("rh", "N"), Map.entry("ll", "N"), Map.entry("lh", "N"));

  private static final Map<String, String> VOWELS = Map.ofEntries(
      Map.entry("a", "A"), Map.entry("ah", "A"),
      Map.entry("ae", "E"), Map.entry("ai", "E"), Map.entry("e", "E"), Map.entry("eh", "E"),
      Map.entry("ya", "YA"), Map.entry("yae", "YE"), Map.entry("ye", "YE"),
      Map.entry("eo", "O"), Map.entry("o", "O"), Map.entry("u", "O"), Map.entry("oo", "O"), Map.entry("eu", "O"),
      Map.entry("ou", "O"), Map.entry("uh", "O"), Map.entry("oh", "O"),
      Map.entry("yeo", "YO"), Map.entry("yo", "YO"), Map.entry("yu", "YO"), Map.entry("yoo", "YO"), Map.entry("you", "YO"),
      Map.entry("yeu", "YO"),
      Map.entry("wa", "WA"), Map.entry("wae", "WE"), Map.entry("oe", "WE"), Map.entry("oi", "WE"), Map.entry("we", "WE"),
      Map.entry("oy", "WE"), Map.entry("wo", "WO"), Map.entry("weo", "WO"),
      Map.entry("i", "I"), Map.entry("ee", "I"), Map.entry("ui", "I"), Map.entry("wi", "I"), Map.entry("eui", "I"),
      Map.entry("yi", "I"));

  private static final Map<String, String> FINALS = Map.ofEntries(
      Map.entry("", ""), Map.entry("k", "K"), Map.entry("ck", "K"), Map.entry("rk", "K"), Map.entry("n", "N"),
      Map.entry("ng", "G"), Map.entry("l", "L"), Map.entry("ll", "L"), Map.entry("m", "M"), Map.entry("p", "P"),
      Map.entry("t", "T"));

  private static final int LONGEST = 3;

  private Romanized() {}

  /** Every reading of a folded word (lower case, letters only) as syllable codes, fewest syllables first. */
  static List<List<String>> syllables(String word) {
    List<List<String>> found = new ArrayList<>();
    segment(word, 0, new ArrayList<>(), found);
    found.sort(Comparator.comparingInt(List::size));
    return found.size() > PARSES_PER_WORD ? List.copyOf(found.subList(0, PARSES_PER_WORD)) : List.copyOf(found);
  }

  private static void segment(String word, int at, List<String> so, List<List<String>> found) {
    if (found.size() >= 64) {
      return;
    }
    if (at == word.length()) {
      if (!so.isEmpty()) {
        found.add(List.copyOf(so));
      }
      return;
    }
    for (int i = 0; i <= LONGEST && at + i <= word.length(); i++) {
      String initial = INITIALS.get(word.substring(at, at + i));
      if (initial == null) {
        continue;
      }
      for (int v = 1; v <= LONGEST && at + i + v <= word.length(); v++) {
        String vowel = VOWELS.get(word.substring(at + i, at + i + v));
        if (vowel == null) {
          continue;
        }
        for (int f = 0; f <= 2 && at + i + v + f <= word.length(); f++) {
          String fin = FINALS.get(word.substring(at + i + v, at + i + v + f));
          if (fin == null) {
            continue;
          }
          so.add(Jamo.code(initial, vowel, fin));
          segment(word, at + i + v + f, so, found);
          so.remove(so.size() - 1);
        }
      }
    }
  }
}
