package org.sanctuary.registry.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.SpecificNeed;

/** The JSON body that registers or revises a person. */
record PersonRequest(
    @Nullable UUID officeId,
    @Nullable Long version,
    @Nullable List<PersonDraft.NameDraft> names,
    @Nullable Sex sex,
    @Nullable String dateOfBirth,
    @Nullable List<String> nationalities,
    @Nullable List<String> otherNationalityClaims,
    @Nullable List<String> languages,
    @Nullable String bestLanguage,
    @Nullable GenderPreference interviewerPreference,
    @Nullable GenderPreference interpreterPreference,
    @Nullable Set<SpecificNeed> specificNeeds,
    @Nullable String originPlace,
    @Nullable String notADuplicateBecause) {

  PersonDraft draft() {
    return new PersonDraft(
        names,
        sex,
        dateOfBirth,
        nationalities,
        otherNationalityClaims,
        languages,
        bestLanguage,
        interviewerPreference,
        interpreterPreference,
        specificNeeds,
        originPlace);
  }
}
