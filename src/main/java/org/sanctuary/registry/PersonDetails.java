package org.sanctuary.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.UnreadableValue;
import org.sanctuary.shared.ValidationFailed;

/**
 * A person's details once every rule of form holds: at least one name and exactly one primary, each
 * name in the script it claims, a date of birth that is readable and not in the future, ISO country
 * and language codes, a best language among the languages spoken, and a place of origin written as a
 * place's id (whether the gazetteer holds it is for the registry to check).
 */
public record PersonDetails(
    List<PersonName> names,
    Sex sex,
    @Nullable IntervalDate dateOfBirth,
    List<String> nationalities,
    List<String> otherNationalityClaims,
    List<String> languages,
    @Nullable String bestLanguage,
    GenderPreference interviewerPreference,
    GenderPreference interpreterPreference,
    Set<SpecificNeed> specificNeeds,
    @Nullable UUID originPlace) {

  static final int MAX_NAME_LENGTH = 200;
  private static final Set<String> COUNTRIES =
      Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

  public PersonName primaryName() {
    return names.stream().filter(PersonName::primary).findFirst().orElseThrow();
  }

  /**
   * Checks a draft against every rule of form at once.
   *
   * @throws ValidationFailed naming each offending field
   */
  public static PersonDetails from(PersonDraft draft, LocalDate today) {
    List<FieldProblem> problems = new ArrayList<>();
    List<PersonName> names = names(draft.names(), problems);
    if (draft.sex() == null) {
      problems.add(new FieldProblem("sex", "is required (UNKNOWN if not known)"));
    }
    IntervalDate dob = dateOfBirth(draft.dateOfBirth(), today, problems);
    List<String> nationalities = countries("nationalities", draft.nationalities(), problems);
    List<String> claims =
        countries("otherNationalityClaims", draft.otherNationalityClaims(), problems);
    List<String> languages = new ArrayList<>();
    for (int i = 0; i < draft.languages().size(); i++) {
      String code = draft.languages().get(i).strip().toLowerCase(Locale.ROOT);
      if (!org.sanctuary.shared.LanguageCodes.isCode(code)) {
        problems.add(
            FieldProblem.of("languages[" + i + "]", "\"{0}\" is not an ISO 639-1 code", code));
      } else if (!languages.contains(code)) {
        languages.add(code);
      }
    }
    String best = blankToNull(draft.bestLanguage());
    if (best != null) {
      best = best.toLowerCase(Locale.ROOT);
      if (!languages.contains(best)) {
        problems.add(new FieldProblem("bestLanguage", "must be one of the languages listed"));
      }
    }
    UUID origin = null;
    String place = blankToNull(draft.originPlace());
    if (place != null) {
      try {
        origin = UUID.fromString(place);
      } catch (IllegalArgumentException e) {
        problems.add(FieldProblem.of("originPlace", "\"{0}\" is not a place of the gazetteer", place));
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    return new PersonDetails(
        names,
        draft.sex(),
        dob,
        nationalities,
        claims,
        languages,
        best,
        orNone(draft.interviewerPreference()),
        orNone(draft.interpreterPreference()),
        draft.specificNeeds().isEmpty()
            ? Set.of()
            : Set.copyOf(EnumSet.copyOf(draft.specificNeeds())),
        origin);
  }

  private static List<PersonName> names(
      List<PersonDraft.NameDraft> drafts, List<FieldProblem> problems) {
    List<PersonName> names = new ArrayList<>();
    long primaries = drafts.stream().filter(PersonDraft.NameDraft::isPrimary).count();
    for (int i = 0; i < drafts.size(); i++) {
      PersonDraft.NameDraft draft = drafts.get(i);
      String value = blankToNull(draft.value());
      String field = "names[" + i + "]";
      if (value == null) {
        problems.add(new FieldProblem(field + ".value", "is required"));
        continue;
      }
      if (value.length() > MAX_NAME_LENGTH) {
        problems.add(new FieldProblem(field + ".value", "is longer than 200 characters"));
        continue;
      }
      if (draft.script() == null) {
        problems.add(new FieldProblem(field + ".script", "is required"));
        continue;
      }
      if (!draft.script().admits(value)) {
        problems.add(
            new FieldProblem(field + ".value", "is not written in " + draft.script() + " script",
                new org.sanctuary.shared.Wording(org.sanctuary.shared.ProblemWording.key("is not written in {0} script"),
                    List.of("script:" + draft.script()))));
        continue;
      }
      boolean primary = draft.isPrimary() || (primaries == 0 && i == 0);
      names.add(new PersonName(draft.script(), value, primary));
    }
    if (drafts.isEmpty()) {
      problems.add(new FieldProblem("names", "at least one name is required"));
    } else if (primaries > 1) {
      problems.add(new FieldProblem("names", "only one name can be primary"));
    }
    return names;
  }

  private static @Nullable IntervalDate dateOfBirth(
      @Nullable String text, LocalDate today, List<FieldProblem> problems) {
    String given = blankToNull(text);
    if (given == null) {
      return null;
    }
    try {
      IntervalDate dob = IntervalDate.parse(given);
      if (dob.earliest() != null && dob.earliest().isAfter(today)) {
        problems.add(new FieldProblem("dateOfBirth", "cannot be in the future"));
      }
      return dob;
    } catch (UnreadableValue e) {
      problems.add(FieldProblem.unreadable("dateOfBirth", e));
      return null;
    }
  }

  private static List<String> countries(
      String field, List<String> codes, List<FieldProblem> problems) {
    List<String> valid = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i).strip().toUpperCase(Locale.ROOT);
      if (!COUNTRIES.contains(code)) {
        problems.add(
            new FieldProblem(
                field + "[" + i + "]", "\"" + code + "\" is not an ISO 3166 three-letter code"));
      } else if (!valid.contains(code)) {
        valid.add(code);
      }
    }
    return valid;
  }

  private static GenderPreference orNone(@Nullable GenderPreference preference) {
    return preference == null ? GenderPreference.NONE : preference;
  }

  static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
