package org.sanctuary.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Canonical keys of a person's name in any script (names-and-linkage.md §1): the name's syllables as
 * sound classes, surname first, so that the renderings of one name collide: 김철수, Kim Chol-su,
 * Kim Cheol-soo, KIM CHUL SOO, Chol Su Kim and Kim Ch'ŏlsu all give {@code KIM COL.SO}; 金哲洙 and
 * Jin Zhezhu reach it through the Korean readings of the characters. A name has a few keys (both
 * orders of a Latin name, each way a word can be read), the likeliest first; two names that share
 * a key are canonical-equal. The raw name is always kept beside them.
 */
public final class NameKeys {

  /** The most keys kept for one name. */
  public static final int MOST = 12;

  /** Two-syllable surnames, kept whole. */
  private static final Set<String> COMPOUND_SURNAMES = Set.of("남궁", "선우", "제갈", "황보", "독고", "사공", "서문");

  /** Where a character's readings differ as a surname (the usual surname reading only). */
  private static final Map<Character, String> HAN_SURNAMES = Map.of(
      '金', "김", '李', "이", '朴', "박", '崔', "최", '柳', "류", '鄭', "정", '盧', "노", '林', "임", '羅', "나", '呂', "여");

  /** Surnames of Korean Chinese as pinyin writes them (朴 reads Piáo, not pǔ). */
  private static final Map<String, String> PINYIN_SURNAMES = Map.ofEntries(
      Map.entry("jin", "김"), Map.entry("li", "이"), Map.entry("piao", "박"), Map.entry("cui", "최"), Map.entry("zheng", "정"),
      Map.entry("liu", "류"), Map.entry("zhao", "조"), Map.entry("jiang", "강"), Map.entry("zhang", "장"), Map.entry("yin", "윤"),
      Map.entry("quan", "권"), Map.entry("huang", "황"), Map.entry("song", "송"), Map.entry("han", "한"), Map.entry("lin", "임"),
      Map.entry("wu", "오"), Map.entry("shen", "신"), Map.entry("xu", "서"), Map.entry("gao", "고"), Map.entry("an", "안"),
      Map.entry("hong", "홍"), Map.entry("bai", "백"), Map.entry("nan", "남"), Map.entry("yu", "유"), Map.entry("ren", "임"),
      Map.entry("lu", "노"), Map.entry("min", "민"), Map.entry("kong", "공"), Map.entry("meng", "맹"), Map.entry("sun", "손"),
      Map.entry("yan", "엄"), Map.entry("fang", "방"), Map.entry("che", "차"), Map.entry("pei", "배"), Map.entry("wang", "왕"));

  private static final Map<Character, List<String>> HANJA = table("/identity/hanja-readings.tsv");
  private static final Map<String, List<String>> PINYIN = pinyinTable();
  private static final int LONGEST_PINYIN = 6;

  private NameKeys() {}

  /** The canonical keys of a name as written, the likeliest first; none for a name with no letters. */
  public static List<String> of(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC);
    Set<String> keys = new LinkedHashSet<>();
    if (folded.codePoints().anyMatch(Jamo::isSyllable)) {
      keys.add(hangulKey(folded.codePoints().filter(Jamo::isSyllable).toArray()));
    } else if (folded.codePoints().anyMatch(c -> c < 0x10000 && HANJA.containsKey((char) c))) {
      hanKeys(folded, keys);
    } else {
      latinKeys(folded, keys);
    }
    keys.remove("");
    return keys.stream().limit(MOST).toList();
  }

  /** Whether two names may be the same name: they share a canonical key. */
  public static boolean canonicalEqual(String a, String b) {
    List<String> theirs = of(b);
    return of(a).stream().anyMatch(theirs::contains);
  }

  /**
   * A name in Hangul shown in Revised Romanization, surname apart and the given name joined, with no
   * sound change across syllables (names are written so: 한복남 → Han Boknam).
   */
  public static String revisedRomanization(String hangul) {
    int[] syllables = Normalizer.normalize(hangul, Normalizer.Form.NFKC).codePoints().filter(Jamo::isSyllable).toArray();
    if (syllables.length == 0) {
      return hangul;
    }
    int surname = surnameLength(syllables);
    StringBuilder family = new StringBuilder();
    StringBuilder given = new StringBuilder();
    for (int i = 0; i < syllables.length; i++) {
      (i < surname ? family : given).append(Jamo.revised(syllables[i]));
    }
    return given.isEmpty() ? capitalised(family.toString()) : capitalised(family.toString()) + " " + capitalised(given.toString());
  }

  private static String hangulKey(int[] syllables) {
    int surname = surnameLength(syllables);
    List<String> family = new ArrayList<>();
    List<String> given = new ArrayList<>();
    for (int i = 0; i < syllables.length; i++) {
      (i < surname ? family : given).add(Jamo.code(syllables[i]));
    }
    return key(family, given);
  }

  private static int surnameLength(int[] syllables) {
    if (syllables.length >= 3 && COMPOUND_SURNAMES.contains(new String(syllables, 0, 2))) {
      return 2;
    }
    return syllables.length >= 2 ? 1 : syllables.length;
  }

  private static String key(List<String> family, List<String> given) {
    return given.isEmpty() ? String.join(".", family) : String.join(".", family) + " " + String.join(".", given);
  }

  /** Each Han character to its Korean readings, the first as a surname where surnames read otherwise. */
  private static void hanKeys(String name, Set<String> keys) {
    List<List<String>> readings = new ArrayList<>();
    name.codePoints().filter(c -> c < 0x10000 && HANJA.containsKey((char) c)).forEach(c -> {
      char han = (char) c;
      String surname = readings.isEmpty() ? HAN_SURNAMES.get(han) : null;
      readings.add(surname != null ? List.of(surname) : HANJA.get(han));
    });
    for (String hangul : product(readings)) {
      keys.add(hangulKey(hangul.codePoints().toArray()));
    }
  }

  private static void latinKeys(String name, Set<String> keys) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
        .replaceAll("['’ʼ‘`]", "");
    List<String> words = new ArrayList<>();
    for (String word : plain.split("[\\s,]+")) {
      String letters = word.replaceAll("[^a-z-]", "");
      if (!letters.replace("-", "").isEmpty()) {
        words.add(letters);
      }
    }
    if (words.isEmpty()) {
      return;
    }
    List<List<List<String>>> read = new ArrayList<>();
    for (String word : words) {
      read.add(readWord(word));
    }
    // Candidates ranked: fewer syllables read is likelier; surname first before surname last.
    Map<String, Integer> ranked = new java.util.LinkedHashMap<>();
    if (words.size() == 1) {
      for (List<String> syllables : read.get(0)) {
        rank(ranked, syllables.size() < 2 ? syllables : syllables.subList(0, 1), syllables.size() < 2 ? List.of() : syllables.subList(1, syllables.size()), 0);
      }
    } else {
      ordered(read.get(0), read.subList(1, read.size()), ranked, 0);
      ordered(read.get(read.size() - 1), read.subList(0, read.size() - 1), ranked, 1);
    }
    pinyinKeys(words, ranked);
    ranked.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> keys.add(e.getKey()));
  }

  private static void rank(Map<String, Integer> ranked, List<String> family, List<String> given, int penalty) {
    ranked.merge(key(family, given), (family.size() + given.size()) * 2 + penalty, Math::min);
  }

  /** A word's readings: the hyphen joins syllables of one name (Chol-su). */
  private static List<List<String>> readWord(String word) {
    List<List<List<String>>> parts = new ArrayList<>();
    for (String part : word.split("-")) {
      if (!part.isEmpty()) {
        List<List<String>> parsed = Romanized.syllables(part);
        if (parsed.isEmpty()) {
          return List.of();
        }
        parts.add(parsed);
      }
    }
    return readings(parts, Romanized.PARSES_PER_WORD);
  }

  /** Every reading of several words in a row: one reading of each, joined in order, at most {@code most}. */
  private static List<List<String>> readings(List<List<List<String>>> words, int most) {
    List<List<String>> joined = new ArrayList<>();
    joined.add(List.of());
    for (List<List<String>> word : words) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> before : joined) {
        for (List<String> reading : word) {
          List<String> both = new ArrayList<>(before);
          both.addAll(reading);
          next.add(both);
        }
      }
      joined = next.size() > most ? next.subList(0, most) : next;
    }
    return joined;
  }

  /** Keys with one word as the surname and the others, in order, as the given name. */
  private static void ordered(
      List<List<String>> surname, List<List<List<String>>> givenWords, Map<String, Integer> ranked, int penalty) {
    List<List<String>> given = readings(givenWords, Integer.MAX_VALUE);
    for (List<String> family : surname) {
      for (List<String> rest : given) {
        rank(ranked, family, rest, penalty);
      }
    }
  }

  /** A Korean Chinese name in pinyin (Piao Zhengri): the surname from its table, the given name by readings. */
  private static void pinyinKeys(List<String> words, Map<String, Integer> ranked) {
    if (words.size() < 2) {
      return;
    }
    for (int surnameAt : new int[] {0, words.size() - 1}) {
      String surname = PINYIN_SURNAMES.get(words.get(surnameAt).replace("-", ""));
      if (surname == null) {
        continue;
      }
      StringBuilder given = new StringBuilder();
      for (int i = 0; i < words.size(); i++) {
        if (i != surnameAt) {
          given.append(words.get(i).replace("-", ""));
        }
      }
      List<List<String>> readings = pinyinSyllables(given.toString());
      if (readings.isEmpty()) {
        continue;
      }
      for (String hangul : product(readings)) {
        ranked.merge(hangulKey((surname + hangul).codePoints().toArray()), (readings.size() + 1) * 2 + 1, Math::min);
      }
    }
  }

  /** A pinyin word split into syllables (longest first), each with its Korean readings; none if it does not split. */
  private static List<List<String>> pinyinSyllables(String word) {
    List<List<String>> readings = new ArrayList<>();
    int at = 0;
    while (at < word.length()) {
      int taken = 0;
      for (int length = Math.min(LONGEST_PINYIN, word.length() - at); length > 0; length--) {
        List<String> korean = PINYIN.get(word.substring(at, at + length));
        // A syllable is taken only if what follows can begin another (zhengri: zheng + ri, not zhen + gri).
        if (korean != null && (at + length == word.length() || startsSyllable(word.substring(at + length)))) {
          readings.add(korean);
          taken = length;
          break;
        }
      }
      if (taken == 0) {
        return List.of();
      }
      at += taken;
    }
    return readings;
  }

  private static boolean startsSyllable(String rest) {
    for (int length = Math.min(LONGEST_PINYIN, rest.length()); length > 0; length--) {
      if (PINYIN.containsKey(rest.substring(0, length))) {
        return true;
      }
    }
    return false;
  }

  /** Every string made of one choice from each list, in order, at most {@link #MOST}. */
  private static List<String> product(List<List<String>> choices) {
    List<String> made = new ArrayList<>();
    made.add("");
    for (List<String> choice : choices) {
      List<String> next = new ArrayList<>();
      for (String before : made) {
        for (String one : choice) {
          if (next.size() < MOST) {
            next.add(before + one);
          }
        }
      }
      made = next;
    }
    return made;
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static Map<Character, List<String>> table(String resource) {
    Map<Character, List<String>> readings = new HashMap<>();
    lines(resource).forEach(line -> readings.put(line[0].charAt(0), List.of(line[1].split(" "))));
    return Map.copyOf(readings);
  }

  private static Map<String, List<String>> pinyinTable() {
    Map<String, List<String>> readings = new HashMap<>();
    lines("/identity/pinyin-readings.tsv").forEach(line -> readings.put(line[0], List.of(line[1].split(" "))));
    return Map.copyOf(readings);
  }

  private static List<String[]> lines(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = NameKeys.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#") && !line.isBlank()) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
