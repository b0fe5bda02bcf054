package org.sanctuary.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sanctuary.access.OfficeId;
import org.sanctuary.shared.IntervalDate;

/** A person's specific needs keep their history; whereabouts read as a timeline. */
class PersonTest {

  private static final LocalDate JUNE = LocalDate.of(2002, 6, 1);
  private static final LocalDate JULY = LocalDate.of(2002, 7, 1);

  @Test
  void aNeedFlaggedAtRegistrationKeepsItsDateAndFlaggerWhenTheRecordIsRevised() {
    Person person = aPersonWith(Set.of(SpecificNeed.UNACCOMPANIED_CHILD));

    person.revise(details(Set.of(SpecificNeed.UNACCOMPANIED_CHILD, SpecificNeed.SURVIVOR_OF_TORTURE)), JULY, "supervisor");

    assertThat(person.needs())
        .containsExactly(
            new FlaggedNeed(SpecificNeed.UNACCOMPANIED_CHILD, JUNE, "registrar"),
            new FlaggedNeed(SpecificNeed.SURVIVOR_OF_TORTURE, JULY, "supervisor"));
  }

  @Test
  void aNeedNoLongerPresentIsDroppedAndPriorityFollows() {
    Person person = aPersonWith(Set.of(SpecificNeed.UNACCOMPANIED_CHILD));
    assertThat(person.hasPriority()).isTrue();

    person.revise(details(Set.of(SpecificNeed.DISABILITY)), JULY, "registrar");

    assertThat(person.hasPriority()).isFalse();
    assertThat(person.needs()).extracting(FlaggedNeed::need).containsExactly(SpecificNeed.DISABILITY);
  }

  @Test
  void theCurrentWhereaboutsIsTheLatestByTheDateObservedNotByWhenItWasTyped() {
    WhereaboutsEntry unknown = entry(WhereaboutsStatus.WHEREABOUTS_UNKNOWN, "June 2002", Instant.parse("2002-06-10T00:00:00Z"));
    WhereaboutsEntry detained = entry(WhereaboutsStatus.DETAINED, "end of May 2002", Instant.parse("2002-06-12T00:00:00Z"));
    Person person =
        new Person(new PersonId(UUID.randomUUID()), new OfficeId(UUID.randomUUID()), "BJG-000001",
            details(Set.of()), List.of(), List.of(), List.of(unknown, detained), 0, null);

    assertThat(person.whereabouts()).containsExactly(detained, unknown);
    assertThat(person.currentWhereabouts()).contains(unknown);
  }

  private static WhereaboutsEntry entry(WhereaboutsStatus status, String on, Instant typed) {
    return new WhereaboutsEntry(UUID.randomUUID(), status, IntervalDate.parse(on), null, null, null, "monitor", typed, null);
  }

  private static Person aPersonWith(Set<SpecificNeed> needs) {
    return Person.register(
        new PersonId(UUID.randomUUID()), new OfficeId(UUID.randomUUID()), "BJG-000001", details(needs), JUNE, "registrar");
  }

  private static PersonDetails details(Set<SpecificNeed> needs) {
    return PersonDetails.from(
        new PersonDraft(
            List.of(new PersonDraft.NameDraft(NameScript.HANGUL, "최경철", true)),
            Sex.MALE, "about 12 years old on 1 June 2002", List.of("PRK"), List.of(), List.of("ko"), "ko",
            null, null, needs),
        JUNE);
  }
}
