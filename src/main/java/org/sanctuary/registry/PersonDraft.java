package org.sanctuary.registry;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A person's details as a registrar typed them, before any rule has looked at them. The API and the
 * forms both hand one of these to {@link PersonDirectory}, which names every field that is wrong.
 */
public record PersonDraft(
    List<NameDraft> names,
    @Nullable Sex sex,
    @Nullable String dateOfBirth,
    List<String> nationalities,
    List<String> otherNationalityClaims,
    List<String> languages,
    @Nullable String bestLanguage,
    @Nullable GenderPreference interviewerPreference,
    @Nullable GenderPreference interpreterPreference,
    Set<SpecificNeed> specificNeeds,
    @Nullable String originPlace) {

  /** A draft that says nothing of where the person comes from. */
  public PersonDraft(List<NameDraft> names, @Nullable Sex sex, @Nullable String dateOfBirth, List<String> nationalities,
      List<String> otherNationalityClaims, List<String> languages, @Nullable String bestLanguage,
      @Nullable GenderPreference interviewerPreference, @Nullable GenderPreference interpreterPreference,
      Set<SpecificNeed> specificNeeds) {
    this(names, sex, dateOfBirth, nationalities, otherNationalityClaims, languages, bestLanguage, interviewerPreference,
        interpreterPreference, specificNeeds, null);
  }

  public PersonDraft {
    names = names == null ? List.of() : List.copyOf(names);
    nationalities = nationalities == null ? List.of() : List.copyOf(nationalities);
    otherNationalityClaims =
        otherNationalityClaims == null ? List.of() : List.copyOf(otherNationalityClaims);
    languages = languages == null ? List.of() : List.copyOf(languages);
    specificNeeds = specificNeeds == null ? Set.of() : Set.copyOf(specificNeeds);
  }

  /** One name as typed. */
  public record NameDraft(@Nullable NameScript script, @Nullable String value, @Nullable Boolean primary) {

    public boolean isPrimary() {
      return Boolean.TRUE.equals(primary);
    }
  }
}
