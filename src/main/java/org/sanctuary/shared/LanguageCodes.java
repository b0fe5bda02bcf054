package org.sanctuary.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Languages are ISO 639-1 codes from one list, never free text: the code is what the rules compare
 * (the information pack, the interpreter, the interviewer), the native name is what people read
 * ("한국어 (ko)").
 */
public final class LanguageCodes {

  private static final Set<String> CODES = Set.of(Locale.getISOLanguages());
  private static final List<String> ALL =
      CODES.stream().sorted(Comparator.comparing(LanguageCodes::label, String.CASE_INSENSITIVE_ORDER)).toList();

  private LanguageCodes() {}

  public static boolean isCode(@Nullable String code) {
    return code != null && CODES.contains(code);
  }

  /** The code typed, folded to lower case, or a field problem when it is not a code of the list. */
  public static @Nullable String orNull(String field, @Nullable String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String code = typed.strip().toLowerCase(Locale.ROOT);
    if (!CODES.contains(code)) {
      throw ValidationFailed.of(field, "choose a language from the list (an ISO 639-1 code such as ko), not \"{0}\"", typed.strip());
    }
    return code;
  }

  /** The code typed, required. */
  public static String required(String field, @Nullable String typed) {
    String code = orNull(field, typed);
    if (code == null) {
      throw ValidationFailed.of(field, "choose a language from the list");
    }
    return code;
  }

  /** The language's name in itself ("한국어"), or in English where the runtime has no native name. */
  public static String nativeName(String code) {
    Locale language = Locale.forLanguageTag(code);
    String own = language.getDisplayLanguage(language);
    return own.isBlank() || own.equals(code) ? language.getDisplayLanguage(Locale.ENGLISH) : own;
  }

  /** What a list shows: the native name and the code, "한국어 (ko)". */
  public static String label(String code) {
    return nativeName(code) + " (" + code + ")";
  }

  /** Every code of the list, those given first (a person's languages), then the rest by name. */
  public static List<String> choices(Collection<String> first) {
    List<String> choices = new ArrayList<>();
    first.stream().filter(CODES::contains).distinct().forEach(choices::add);
    ALL.stream().filter(c -> !choices.contains(c)).forEach(choices::add);
    return choices;
  }
}
