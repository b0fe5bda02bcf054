package org.sanctuary.monitoring.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.lists.Keyset;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonSummary;
import org.sanctuary.registry.WhereaboutsStatus;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The persons a monitoring team follows, with their last known whereabouts and their fate, and the
 * list that matters most: those whose whereabouts are unknown, longest first.
 */
@Service
public class PersonsOfConcern {

  private final ConcernRows rows;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.sanctuary.vault.Vault vault;

  /** How a person's fate is known, which names who told us: sealed with the team's key. */
  public static final org.sanctuary.vault.SealedColumn FATE_NOTE =
      new org.sanctuary.vault.SealedColumn("person_of_concern", "person_id", "office_id", "fate_note");

  PersonsOfConcern(ConcernRows rows, AccessPolicy access, PersonDirectory persons, AuditTrail audit, Clock clock,
      org.sanctuary.vault.Vault vault) {
    this.vault = vault;
    this.rows = rows;
    this.access = access;
    this.persons = persons;
    this.audit = audit;
    this.clock = clock;
  }

  /** The team starts following the person (once). */
  @Transactional
  public void follow(PersonId person, @Nullable OfficeId team) {
    if (team == null) {
      throw ValidationFailed.of("teamId", "is required");
    }
    Actor actor = access.require(Permission.MONITORING_RECORD, team);
    persons.read(person);
    if (rows.followed(person)) {
      throw ValidationFailed.of("personId", "is already followed");
    }
    rows.follow(person, team, LocalDate.now(clock), actor.username());
    audit.record(AuditRecord.success("PERSON_FOLLOWED", "PERSON", person.value(), team.value()));
  }

  /** What is known of the person's fate, with where that knowledge comes from. */
  @Transactional
  public void recordFate(PersonId person, PersonOfConcern.@Nullable Fate fate, @Nullable String note) {
    UUID team = rows.teamOf(person, TeamScope.of(access, Permission.MONITORING_RECORD))
        .orElseThrow(() -> new NotFound("person of concern"));
    if (fate == null) {
      throw ValidationFailed.of("fate", "is required: UNKNOWN, ALIVE or DECEASED");
    }
    if (fate != PersonOfConcern.Fate.UNKNOWN && (note == null || note.isBlank())) {
      throw ValidationFailed.of("note", "say how this is known");
    }
    rows.recordFate(person, fate, note == null || note.isBlank() ? null
        : vault.seal(new OfficeId(team), FATE_NOTE.place(person.value()), note.strip()));
    audit.record(AuditRecord.success("FATE_RECORDED", "PERSON", person.value(), team));
  }

  /**
   * Persons followed by the reader's teams; with {@code unknownOnly}, those whose last observation is
   * "whereabouts unknown", longest unknown first.
   */
  @Transactional
  public ResultPage<PersonOfConcern> list(boolean unknownOnly, PageRequest page) {
    ConcernRows.Listed listed = rows.list(unknownOnly, page, TeamScope.of(access, Permission.MONITORING_READ));
    List<PersonOfConcern> items = items(listed.rows());
    audit.record(AuditRecord.success("PERSONS_OF_CONCERN_LISTED", "PERSON", null, null));
    return Keyset.page(new Keyset.Rows<>(items, listed.next()), page, listed.total());
  }

  /** Those among {@code persons} whom the reader's teams follow, in the order of the list: the choices a form keeps. */
  @Transactional
  public List<PersonOfConcern> followed(java.util.Collection<PersonId> persons) {
    List<PersonOfConcern> items =
        items(rows.followed(persons.stream().map(PersonId::value).toList(), TeamScope.of(access, Permission.MONITORING_READ)));
    if (!items.isEmpty()) {
      audit.record(AuditRecord.success("PERSONS_OF_CONCERN_LISTED", "PERSON", null, null));
    }
    return items;
  }

  private List<PersonOfConcern> items(List<ConcernRows.Row> rows) {
    Map<PersonId, PersonSummary> names = new LinkedHashMap<>();
    if (!rows.isEmpty()) {
      persons.summaries(rows.stream().map(r -> new PersonId(r.person())).toList()).forEach(p -> names.put(p.id(), p));
    }
    LocalDate today = LocalDate.now(clock);
    List<PersonOfConcern> items = new ArrayList<>();
    for (ConcernRows.Row r : rows) {
      PersonSummary summary = names.get(new PersonId(r.person()));
      boolean unknown = "WHEREABOUTS_UNKNOWN".equals(r.status());
      items.add(new PersonOfConcern(new PersonId(r.person()), summary == null ? "" : summary.reference(),
          summary == null ? "" : summary.primaryName(), new OfficeId(r.team()), r.since(), PersonOfConcern.Fate.valueOf(r.fate()),
          vault.openOrNull(new OfficeId(r.team()), FATE_NOTE.place(r.person()), r.note()), r.status() == null ? null : WhereaboutsStatus.valueOf(r.status()), r.text(),
          unknown ? r.earliest() : null, unknown && r.earliest() != null ? ChronoUnit.DAYS.between(r.earliest(), today) : null));
    }
    return items;
  }
}
