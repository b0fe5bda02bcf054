package org.sanctuary.registry;

import java.lang.Character.UnicodeScript;

/** How a name is written. Every form a person or a source gives is kept as given. */
public enum NameScript {
  /** Korean alphabet: 김철수. */
  HANGUL,
  /** Chinese characters: 金哲洙. */
  HANJA,
  /** Revised Romanization: Gim Cheolsu. */
  LATIN_RR,
  /** McCune–Reischauer: Kim Ch'ŏlsu. */
  LATIN_MR,
  /** Any other Latin spelling: Kim Chul Soo. */
  LATIN_OTHER,
  /** A nickname, alias or assumed name, in any script. */
  ALIAS;

  /** True when every letter of the name belongs to this script. */
  public boolean admits(String name) {
    return name.codePoints()
        .filter(Character::isLetter)
        .allMatch(
            cp -> {
              UnicodeScript script = UnicodeScript.of(cp);
              return switch (this) {
                case HANGUL -> script == UnicodeScript.HANGUL;
                case HANJA -> script == UnicodeScript.HAN;
                case LATIN_RR, LATIN_MR, LATIN_OTHER -> script == UnicodeScript.LATIN;
                case ALIAS -> true;
              };
            });
  }
}
