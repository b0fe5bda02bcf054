package org.sanctuary.monitoring.events;


import org.sanctuary.monitoring.rules.MonitoringRules;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.reports.SourceReports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.sanctuary.monitoring.events.MonitoringEvent.Verification;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.sanctuary.shared.AgeBand;
import org.sanctuary.shared.CountClaim;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.UnreadableValue;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events, the acts inside them, and what reports say about them. A monitor records; only a reviewer
 * sets the verification status (with reasons, and their name kept) and picks the count shown by
 * default. Counts always belong to the report that gave them.
 */
@Service
public class Events {

  static final String SUBJECT = "EVENT";

  /** A description a reviewer marked sensitive is sealed with the team's key (vault); others stay in clear. */
  public static final SealedColumn DESCRIPTION =
      SealedColumn.where("monitoring_event", "id", "office_id", "description", "description_sensitive");

  public record EventDraft(
      @Nullable OfficeId office, @Nullable String title, @Nullable String date, @Nullable UUID placeId,
      @Nullable String placePrecision, @Nullable String description) {}

  public record ActDraft(
      @Nullable String actType, @Nullable UUID victimPerson, @Nullable String victimGroup, @Nullable UUID countReport,
      @Nullable String count, @Nullable String date, @Nullable UUID placeId, @Nullable String victimStatusAfter,
      List<MonitoringEvent.Involvement> involvements) {}

  public record InformationDraft(
      @Nullable UUID report, @Nullable UUID act, MonitoringEvent.@Nullable Connection connection, @Nullable String reliability,
      @Nullable Integer credibility, List<String> counts) {}

  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Gazetteer places;
  private final SourceReports reports;
  private final PersonDirectory persons;
  private final Clock clock;
  private final Vault vault;
  private final org.springframework.context.MessageSource messages;
  private final FigureCells cells;
  private final EventRows rows;

  Events(AccessPolicy access, AuditTrail audit, Gazetteer places, SourceReports reports,
      PersonDirectory persons, Clock clock, Vault vault, org.springframework.context.MessageSource messages, FigureCells cells,
      EventRows rows) {
    this.rows = rows;
    this.messages = messages;
    this.cells = cells;
    this.vault = vault;
    this.access = access;
    this.audit = audit;
    this.places = places;
    this.reports = reports;
    this.persons = persons;
    this.clock = clock;
  }

  /** Records an event, UNVERIFIED until a reviewer says otherwise. */
  @Transactional
  public UUID record(EventDraft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.office() == null) {
      problems.add(new FieldProblem("officeId", "is required"));
    }
    if (draft.title() == null || draft.title().isBlank() || draft.title().length() > 300) {
      problems.add(new FieldProblem("title", "is required, up to 300 characters"));
    }
    IntervalDate date = interval("date", draft.date(), problems);
    if (date == null && (draft.date() == null || draft.date().isBlank())) {
      problems.add(new FieldProblem("date", "is required: a day, a month, \"end of May 2002\", \"spring 2002\""));
    }
    if (draft.placeId() != null) {
      places.pathOf(draft.placeId());
    }
    String precision = draft.placePrecision() == null || draft.placePrecision().isBlank() ? null
        : draft.placePrecision().strip().toUpperCase(java.util.Locale.ROOT);
    if (precision != null && java.util.Arrays.stream(MonitoringEvent.PlacePrecision.values()).noneMatch(p -> p.name().equals(precision))) {
      problems.add(FieldProblem.of("placePrecision", "is one of {0}",
          String.join(", ", java.util.Arrays.stream(MonitoringEvent.PlacePrecision.values()).map(Enum::name).toList())));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Actor actor = access.require(Permission.MONITORING_RECORD, draft.office());
    UUID id = UUID.randomUUID();
    rows.insert(id, draft.office(), draft.title().strip(), date, draft.placeId(), precision, draft.description(),
        actor.username(), OffsetDateTime.now(clock));
    recount(id);
    audit.record(AuditRecord.success("EVENT_RECORDED", SUBJECT, id, draft.office().value()));
    return id;
  }

  /** Adds an act to the event; a group victim is counted by a claim of the report given. */
  @Transactional
  public UUID addAct(UUID event, ActDraft draft) {
    OfficeId office = rows.lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_RECORD, office);
    List<FieldProblem> problems = new ArrayList<>();
    if (!rows.isActType(draft.actType())) {
      problems.add(new FieldProblem("actType", "is not in the vocabulary of acts"));
    }
    if ((draft.victimPerson() == null) == (draft.victimGroup() == null || draft.victimGroup().isBlank())) {
      problems.add(new FieldProblem("victim", "name either a registry person or a group"));
    }
    if (draft.victimPerson() != null) {
      persons.read(new PersonId(draft.victimPerson()));
    }
    CountClaim count = null;
    if (draft.count() != null && !draft.count().isBlank()) {
      count = count("count", draft.count(), problems);
    }
    IntervalDate date = draft.date() == null ? null : interval("date", draft.date(), problems);
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    MonitoringRules.countWithItsReport(count, draft.countReport());
    UUID claim = count == null ? null : rows.insertClaim(draft.countReport(), event, count);
    UUID id = UUID.randomUUID();
    rows.insertAct(id, event, draft, claim, date);
    recount(event);
    audit.record(AuditRecord.success("ACT_RECORDED", SUBJECT, event, office.value()));
    return id;
  }

  /** Links a report to the event with the source's connection and grades, with the counts it gives. */
  @Transactional
  public void addInformation(UUID event, InformationDraft draft) {
    OfficeId office = rows.lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_RECORD, office);
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.report() == null || reports.visible(draft.report()).isEmpty()) {
      problems.add(new FieldProblem("reportId", "is not a report you can read"));
    }
    if (draft.connection() == null) {
      problems.add(new FieldProblem("connection", "is required: VICTIM, WITNESS, HEARSAY, OFFICIAL or MEDIA"));
    }
    if (draft.reliability() == null || !draft.reliability().matches("[A-F]")) {
      problems.add(new FieldProblem("reliability", "is a grade from A (reliable) to F (cannot be judged)"));
    }
    if (draft.credibility() == null || draft.credibility() < 1 || draft.credibility() > 6) {
      problems.add(new FieldProblem("credibility", "is a grade from 1 (confirmed) to 6 (cannot be judged)"));
    }
    List<CountClaim> counts = new ArrayList<>();
    for (String text : draft.counts()) {
      CountClaim claim = count("counts", text, problems);
      if (claim != null) {
        counts.add(claim);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    rows.insertInformation(event, draft);
    for (CountClaim claim : counts) {
      rows.insertClaim(draft.report(), event, claim);
    }
    recount(event);
    audit.record(AuditRecord.success("INFORMATION_LINKED", SUBJECT, event, office.value()));
  }

  /**
   * The reviewer's action, the only way an event's verification status changes: the status, the
   * reasons, and optionally which count is shown by default.
   */
  @Transactional
  public void review(UUID event, long version, @Nullable Verification verification, @Nullable String reason,
      @Nullable UUID envelopeClaim) {
    rows.lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
    MonitoringEvent reviewed = rows.load(event, TeamScope.of(access, Permission.MONITORING_READ));
    OfficeId office = reviewed.office();
    Actor actor = access.require(Permission.MONITORING_REVIEW, office);
    reviewed.review(verification, reason, envelopeClaim);
    if (!rows.review(event, version, verification, actor.username(), reason.strip(), OffsetDateTime.now(clock), envelopeClaim)) {
      throw new StaleVersion("event", version);
    }
    recount(event);
    audit.record(AuditRecord.success("EVENT_REVIEWED", SUBJECT, event, office.value()));
  }

  /**
   * The reviewer marks the event's description sensitive: from now on it is stored sealed with the
   * team's key, like testimony. There is no unmarking: what was sealed stays sealed.
   */
  @Transactional
  public void markDescriptionSensitive(UUID event, long version) {
    OfficeId office = rows.officeOf(event, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_REVIEW, office);
    String description = rows.description(event, office);
    if (!rows.sealDescription(event, version, description == null ? null : vault.seal(office, DESCRIPTION.place(event),
        vault.open(office, DESCRIPTION.place(event), description)))) {
      throw new StaleVersion("event", version);
    }
    audit.record(AuditRecord.success("EVENT_DESCRIPTION_SEALED", SUBJECT, event, office.value()));
  }

  @Transactional
  public void relate(UUID from, UUID to, MonitoringEvent.@Nullable RelationKind kind) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_READ);
    OfficeId office = rows.officeOf(from, scope);
    if (!rows.officeOf(to, scope).equals(office)) {
      // Another team's event is not found by this team, even where the reader works for both.
      throw new NotFound("event");
    }
    access.require(Permission.MONITORING_RECORD, office);
    if (kind == null) {
      throw ValidationFailed.of("kind", "is required: PRECEDES, PART_OF or CONSEQUENCE_OF");
    }
    MonitoringRules.notRelatedToItself(from, to);
    rows.relate(from, to, kind);
    audit.record(AuditRecord.success("EVENTS_RELATED", SUBJECT, from, office.value()));
  }

  /** One line of an event list. */
  public record EventSummary(UUID id, String title, String date, @Nullable String place, Verification verification,
      int reports, OffsetDateTime recordedAt) {}

  /** Events, newest first; optionally only those with one verification status (UNVERIFIED: awaiting review). */
  @Transactional
  public org.sanctuary.shared.ResultPage<EventSummary> list(@Nullable Verification verification,
      org.sanctuary.shared.PageRequest page) {
    return listed(verification, page, TeamScope.of(access, Permission.MONITORING_READ));
  }

  /**
   * The events of one team the reader reads, newest first: those an event of that team may be
   * related to. A team the reader does not read has no event they may see.
   */
  @Transactional
  public org.sanctuary.shared.ResultPage<EventSummary> listOfTeam(OfficeId team, @Nullable Verification verification,
      org.sanctuary.shared.PageRequest page) {
    if (!TeamScope.of(access, Permission.MONITORING_READ).offices().contains(team)) {
      throw new NotFound("event");
    }
    return listed(verification, page, new TeamScope(java.util.Set.of(team)));
  }

  private org.sanctuary.shared.ResultPage<EventSummary> listed(@Nullable Verification verification,
      org.sanctuary.shared.PageRequest page, TeamScope scope) {
    var listed = rows.list(verification, page, scope);
    audit.record(AuditRecord.success("EVENTS_LISTED", SUBJECT, null, null));
    return listed;
  }

  /**
   * The act types of the vocabulary, by code, named in the reader's language where the messages
   * have a name for the code ({@code actType.FORCED_RETURN}), else by the vocabulary's own label;
   * in the order of those names.
   */
  public Map<String, String> actTypes() {
    java.util.Locale reader = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    Map<String, String> types = new java.util.LinkedHashMap<>();
    rows.actTypeLabels().forEach((code, label) -> types.put(code, messages.getMessage("actType." + code, null, label, reader)));
    Map<String, String> named = new java.util.LinkedHashMap<>();
    types.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(type -> named.put(type.getKey(), type.getValue()));
    return named;
  }

  @Transactional
  public MonitoringEvent read(UUID id) {
    MonitoringEvent event = rows.load(id, TeamScope.of(access, Permission.MONITORING_READ));
    audit.record(AuditRecord.success("EVENT_READ", SUBJECT, id, event.office().value()));
    return event;
  }

  /**
   * Breaks one of the event's counts down as its report did: how many of them were of a sex, of an
   * age band, or both. A part is never more than the whole it is part of.
   */
  @Transactional
  public UUID breakDown(UUID event, UUID claim, @Nullable Sex sex, @Nullable AgeBand ageBand, @Nullable String count) {
    OfficeId office = rows.lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_RECORD, office);
    MonitoringEvent.Claim whole = rows.claims(event).stream().filter(c -> c.id().equals(claim)).findFirst()
        .orElseThrow(() -> new NotFound("count"));
    List<FieldProblem> problems = new ArrayList<>();
    Sex of = sex == null ? Sex.UNKNOWN : sex;
    if (of == Sex.UNKNOWN && ageBand == null) {
      problems.add(new FieldProblem("sex", "give a sex, an age band, or both"));
    }
    CountClaim part = count == null || count.isBlank() ? null : count("count", count, problems);
    if (part == null && problems.stream().noneMatch(p -> p.field().equals("count"))) {
      problems.add(new FieldProblem("count", "is required: how many of them, as the report says it"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    MonitoringRules.partWithinWhole(part, whole.count());
    UUID id = rows.insertPart(claim, of, ageBand, part);
    recount(event);
    audit.record(AuditRecord.success("COUNT_BROKEN_DOWN", SUBJECT, event, office.value()));
    return id;
  }

  /**
   * Writes the event's count (EventCount) beside it, from its claims and acts as they stand once every
   * earlier change to it has committed: the event's row is locked first, so two reports linked at once
   * are both counted.
   */
  void recount(UUID event) {
    Map<FigureCells.Key, Tally> changes = new HashMap<>();
    recount(event, changes);
    cells.apply(changes);
  }

  /** Counts the event again, and gathers how the figures' cells move with it. */
  private void recount(UUID event, Map<FigureCells.Key, Tally> changes) {
    EventRows.Locked locked = rows.lockToCount(event);
    EventCount count = EventCount.of(rows.claims(event), locked.chosen(), rows.countedActs(event));
    rows.writeCount(event, count, locked.longSpan());
    cells.share(event, FigureShare.of(locked.verification(), count, rows.partsCounted(event)), changes);
  }

  /** The longest span, in days, of an event that figures find by where it starts (V46). */
  public static final int SHORT_SPAN_DAYS = 400;

  /** Whether an event dated so is read apart by figures: an open end, or more than {@link #SHORT_SPAN_DAYS}. */
  static boolean longSpan(@Nullable LocalDate earliest, @Nullable LocalDate latest) {
    return earliest == null || latest == null || java.time.temporal.ChronoUnit.DAYS.between(earliest, latest) > SHORT_SPAN_DAYS;
  }

  /**
   * Counts the events recorded before counts were kept beside them, a batch at a time; returns how
   * many it counted. Several nodes may run it at once: counting an event twice writes the same.
   */
  @Transactional
  public int recountStale(int batch) {
    List<UUID> stale = rows.stale(batch);
    // One move of the cells for the batch, in key order: a batch never deadlocks with a writer.
    Map<FigureCells.Key, Tally> changes = new HashMap<>();
    stale.forEach(event -> recount(event, changes));
    cells.apply(changes);
    return stale.size();
  }


  /** The event's team, if it is one of the scope's; otherwise not found. */
  public OfficeId officeOf(UUID event, TeamScope scope) {
    return rows.officeOf(event, scope);
  }

  /**
   * Every event of the scope's teams with everything in it, oldest first, in one query per table (not
   * per event): for exports. No audit: the exporter audits.
   */
  public List<MonitoringEvent> loadAll(TeamScope scope) {
    return rows.loadAll(scope);
  }

  /**
   * The same events a chunk at a time, for an export of any size: the memory of one chunk, not of the
   * team's record. No audit: the exporter audits.
   */
  public void forEachChunk(TeamScope scope, java.util.function.Consumer<List<MonitoringEvent>> chunk) {
    rows.forEachChunk(scope, EventRows.CHUNK, chunk);
  }

  /** A date as typed, of something that has happened: one that can only be after today is refused, as a whereabouts is. */
  private @Nullable IntervalDate interval(String field, @Nullable String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      IntervalDate date = IntervalDate.parse(text);
      if (date.earliest() != null && date.earliest().isAfter(LocalDate.now(clock))) {
        problems.add(new FieldProblem(field, "cannot be in the future"));
        return null;
      }
      return date;
    } catch (UnreadableValue e) {
      problems.add(FieldProblem.unreadable(field, e));
      return null;
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, e.getMessage()));
      return null;
    }
  }

  private static @Nullable CountClaim count(String field, String text, List<FieldProblem> problems) {
    try {
      return CountClaim.parse(text);
    } catch (UnreadableValue e) {
      problems.add(FieldProblem.unreadable(field, e));
      return null;
    } catch (IllegalArgumentException e) {
      problems.add(new FieldProblem(field, "\"" + text + "\": " + e.getMessage()));
      return null;
    }
  }
}
