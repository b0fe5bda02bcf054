package org.sanctuary.identity;

/**
 * A precomposed Hangul syllable taken apart by syllable arithmetic (initial, medial, final), and the
 * coarse sound classes that every romanization of it keeps: the class key of names-and-linkage.md §1,
 * with the initial-sound law merged (리≡이, 류≡유, 녀≡여, 라≡나).
 */
final class Jamo {

  private static final int FIRST = 0xAC00;
  private static final int LAST = 0xD7A3;

  /** Initial consonant classes, by initial index: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ. */
  private static final String[] INITIAL = {"K", "K", "N", "T", "T", "N", "M", "P", "P", "S", "S", "", "C", "C", "C", "K", "T", "P", "H"};

  /** Vowel classes, by medial index: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ. */
  private static final String[] VOWEL =
      {"A", "E", "YA", "YE", "O", "E", "YO", "YE", "O", "WA", "WE", "WE", "YO", "O", "WO", "WE", "I", "YO", "O", "I", "I"};

  /** Final consonant classes, by final index (0: none). */
  private static final String[] FINAL =
      {"", "K", "K", "K", "N", "N", "N", "T", "L", "K", "M", "L", "L", "L", "P", "L", "M", "P", "P", "T", "T", "G", "T", "T",
          "K", "T", "P", "T"};

  /** Revised Romanization, syllable by syllable (no sound change across syllables, as in names). */
  private static final String[] RR_INITIAL =
      {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};

  private static final String[] RR_VOWEL =
      {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};

  private static final String[] RR_FINAL =
      {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t",
          "k", "t", "p", "t"};

  private Jamo() {}

  static boolean isSyllable(int codePoint) {
    return codePoint >= FIRST && codePoint <= LAST;
  }

  /** The class code of one syllable, e.g. 김 → KIM, 철 → COL, 영 → YOG, 리 → I. */
  static String code(int syllable) {
    int s = syllable - FIRST;
    int initial = s / 588;
    int medial = (s % 588) / 28;
    int fin = s % 28;
    return code(INITIAL[initial], VOWEL[medial], FINAL[fin]);
  }

  /** A code from its classes, with the initial-sound law: ㄴ and ㄹ before i or y are silent. */
  static String code(String initial, String vowel, String fin) {
    String head = initial.equals("N") && (vowel.equals("I") || vowel.startsWith("Y")) ? "" : initial;
    return head + vowel + fin;
  }

  /** One syllable in Revised Romanization, lower case: 복 → bok. */
  static String revised(int syllable) {
    int s = syllable - FIRST;
    return RR_INITIAL[s / 588] + RR_VOWEL[(s % 588) / 28] + RR_FINAL[s % 28];
  }
}
