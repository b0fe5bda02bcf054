package org.sanctuary.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sanctuary.access.OfficeId;
import org.sanctuary.shared.IntervalDate;

/**
 * A registered person. Registered once by an office, with a readable reference ({@code BJG-000017});
 * revised as details become known; each specific need keeps when it was first flagged and by whom;
 * consents and whereabouts are appended, never edited. Other aggregates refer to a person by id.
 *
 * <p>A person is an applicant from the moment they express intent, often at a gate where nobody
 * knows them: reception then records them {@linkplain #recordAsSaid as said} (a name as they said it,
 * a language), and the first revision by a registrar completes the identity.
 */
public final class Person {

  /** An identity recorded at intent with only what the person said, on that day, by that user; a registrar completes it. */
  public record AsSaid(LocalDate on, String by) {}

  private final PersonId id;
  private final OfficeId office;
  private final String reference;
  private PersonDetails details;
  private final List<FlaggedNeed> needs;
  private final List<Consent> consents;
  private final List<WhereaboutsEntry> whereabouts;
  private final long version;
  private @org.jspecify.annotations.Nullable AsSaid asSaid;

  Person(
      PersonId id,
      OfficeId office,
      String reference,
      PersonDetails details,
      List<FlaggedNeed> needs,
      List<Consent> consents,
      List<WhereaboutsEntry> whereabouts,
      long version,
      @org.jspecify.annotations.Nullable AsSaid asSaid) {
    this.id = id;
    this.office = office;
    this.reference = reference;
    this.details = details;
    this.needs = new ArrayList<>(needs);
    this.consents = List.copyOf(consents);
    this.whereabouts = List.copyOf(whereabouts);
    this.version = version;
    this.asSaid = asSaid;
  }

  static Person register(
      PersonId id, OfficeId office, String reference, PersonDetails details, LocalDate today, String actor) {
    Person person = new Person(id, office, reference, details, List.of(), List.of(), List.of(), 0, null);
    person.flagNewNeeds(today, actor);
    return person;
  }

  /** A person recorded at intent with what they said (a name, a language): their identity is to be completed. */
  static Person recordAsSaid(
      PersonId id, OfficeId office, String reference, PersonDetails details, LocalDate today, String actor) {
    Person person = new Person(id, office, reference, details, List.of(), List.of(), List.of(), 0, new AsSaid(today, actor));
    person.flagNewNeeds(today, actor);
    return person;
  }

  /** Replaces the details; needs still present keep their first flag, new ones are flagged now. */
  void revise(PersonDetails revised, LocalDate today, String actor) {
    this.details = revised;
    this.asSaid = null; // a registrar's revision is the completion of an identity recorded as said
    needs.removeIf(flagged -> !revised.specificNeeds().contains(flagged.need()));
    flagNewNeeds(today, actor);
  }

  private void flagNewNeeds(LocalDate today, String actor) {
    for (SpecificNeed need : details.specificNeeds()) {
      if (needs.stream().noneMatch(flagged -> flagged.need() == need)) {
        needs.add(new FlaggedNeed(need, today, actor));
      }
    }
    needs.sort(Comparator.comparing(FlaggedNeed::need));
  }

  public PersonId id() {
    return id;
  }

  public OfficeId office() {
    return office;
  }

  public String reference() {
    return reference;
  }

  public PersonDetails details() {
    return details;
  }

  public List<FlaggedNeed> needs() {
    return List.copyOf(needs);
  }

  public List<Consent> consents() {
    return consents;
  }

  /** The timeline, oldest first by the date the observation is about. */
  public List<WhereaboutsEntry> whereabouts() {
    return whereabouts.stream().sorted(TIMELINE_ORDER).toList();
  }

  /** The latest known whereabouts, if any was recorded. */
  public Optional<WhereaboutsEntry> currentWhereabouts() {
    List<WhereaboutsEntry> timeline = whereabouts();
    return timeline.isEmpty() ? Optional.empty() : Optional.of(timeline.get(timeline.size() - 1));
  }

  public long version() {
    return version;
  }

  /** Present while the identity is only what the person said at intent; empty once a registrar completed it. */
  public Optional<AsSaid> asSaid() {
    return Optional.ofNullable(asSaid);
  }

  /** Procedure.md §5: unaccompanied and separated children and torture survivors come first. */
  public boolean hasPriority() {
    return needs.stream().anyMatch(flagged -> flagged.need().givesPriority());
  }

  private static final Comparator<WhereaboutsEntry> TIMELINE_ORDER =
      Comparator.<WhereaboutsEntry, LocalDate>comparing(
              entry -> anchor(entry.on()), Comparator.nullsFirst(Comparator.naturalOrder()))
          .thenComparing(WhereaboutsEntry::recordedAt);

  private static LocalDate anchor(IntervalDate date) {
    return date.earliest() != null ? date.earliest() : date.latest();
  }
}
