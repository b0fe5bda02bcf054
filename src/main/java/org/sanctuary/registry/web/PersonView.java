package org.sanctuary.registry.web;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.registry.Consent;
import org.sanctuary.registry.FlaggedNeed;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.GroupSummary;
import org.sanctuary.registry.Person;
import org.sanctuary.registry.PersonName;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.WhereaboutsEntry;
import org.sanctuary.shared.IntervalDate;

/**
 * A person as the API shows them; {@code identityAsSaid} is present while the identity is only what
 * the person said at intent (the day and who recorded it), until a registrar completes it.
 */
record PersonView(
    UUID id,
    String reference,
    UUID officeId,
    long version,
    List<PersonName> names,
    Sex sex,
    @Nullable IntervalDate dateOfBirth,
    List<String> nationalities,
    List<String> otherNationalityClaims,
    List<String> languages,
    @Nullable String bestLanguage,
    GenderPreference interviewerPreference,
    GenderPreference interpreterPreference,
    List<FlaggedNeed> specificNeeds,
    @Nullable UUID originPlace,
    @Nullable String originPlaceName,
    boolean priority,
    List<Consent> consents,
    List<WhereaboutsEntry> whereabouts,
    List<GroupSummary> groups,
    Person.@Nullable AsSaid identityAsSaid) {

  /** The person, with the place of origin named as the gazetteer names it ({@code originPlaceName}, null when none). */
  static PersonView of(Person person, List<GroupSummary> groups, @Nullable String originPlaceName) {
    var d = person.details();
    return new PersonView(
        person.id().value(),
        person.reference(),
        person.office().value(),
        person.version(),
        d.names(),
        d.sex(),
        d.dateOfBirth(),
        d.nationalities(),
        d.otherNationalityClaims(),
        d.languages(),
        d.bestLanguage(),
        d.interviewerPreference(),
        d.interpreterPreference(),
        person.needs(),
        d.originPlace(),
        originPlaceName,
        person.hasPriority(),
        person.consents(),
        person.whereabouts(),
        groups,
        person.asSaid().orElse(null));
  }
}
