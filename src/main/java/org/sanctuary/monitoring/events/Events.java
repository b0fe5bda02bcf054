package org.sanctuary.monitoring.events;


import org.sanctuary.monitoring.rules.MonitoringRules;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.reports.SourceReports;

import java.sql.ResultSet;
import java.sql.SQLException;
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
import org.sanctuary.shared.CountQualifier;
import org.sanctuary.shared.CountUnit;
import org.sanctuary.shared.DatePrecision;
import org.sanctuary.shared.DateQualifier;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.UnreadableValue;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
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

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final AuditTrail audit;
  private final Gazetteer places;
  private final SourceReports reports;
  private final PersonDirectory persons;
  private final Clock clock;
  private final Vault vault;
  private final org.springframework.context.MessageSource messages;
  private final FigureCells cells;

  Events(JdbcClient jdbc, AccessPolicy access, AuditTrail audit, Gazetteer places, SourceReports reports,
      PersonDirectory persons, Clock clock, Vault vault, org.springframework.context.MessageSource messages, FigureCells cells) {
    this.messages = messages;
    this.cells = cells;
    this.vault = vault;
    this.jdbc = jdbc;
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
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Actor actor = access.require(Permission.MONITORING_RECORD, draft.office());
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO monitoring_event (id, office_id, title, date_text, date_earliest, date_latest, place_id, place_precision,"
            + " description, verification, recorded_by, recorded_at, version, count_stale, long_span)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'UNVERIFIED', ?, ?, 0, FALSE, ?)")
        .params(id, draft.office().value(), draft.title().strip(), date.text(), date.earliest(), date.latest(), draft.placeId(),
            draft.placePrecision(), draft.description(), actor.username(), OffsetDateTime.now(clock),
            longSpan(date.earliest(), date.latest()))
        .update();
    recount(id);
    audit.record(AuditRecord.success("EVENT_RECORDED", SUBJECT, id, draft.office().value()));
    return id;
  }

  /** Adds an act to the event; a group victim is counted by a claim of the report given. */
  @Transactional
  public UUID addAct(UUID event, ActDraft draft) {
    OfficeId office = lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_RECORD, office);
    List<FieldProblem> problems = new ArrayList<>();
    boolean knownType = draft.actType() != null
        && jdbc.sql("SELECT COUNT(*) FROM act_type WHERE code = ?").param(draft.actType()).query(Long.class).single() > 0;
    if (!knownType) {
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
    UUID claim = count == null ? null : insertClaim(draft.countReport(), event, count);
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO monitoring_act (id, event_id, act_type, victim_person_id, victim_group, victim_claim_id, date_text,"
            + " date_earliest, date_latest, place_id, victim_status_after) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, event, draft.actType(), draft.victimPerson(), draft.victimGroup(), claim, date == null ? null : date.text(),
            date == null ? null : date.earliest(), date == null ? null : date.latest(), draft.placeId(), draft.victimStatusAfter())
        .update();
    for (MonitoringEvent.Involvement involvement : draft.involvements()) {
      jdbc.sql("INSERT INTO involvement (id, act_id, perpetrator, kind, degree) VALUES (?, ?, ?, ?, ?)")
          .params(UUID.randomUUID(), id, involvement.perpetrator(), involvement.kind().name(), involvement.degree().name())
          .update();
    }
    recount(event);
    audit.record(AuditRecord.success("ACT_RECORDED", SUBJECT, event, office.value()));
    return id;
  }

  /** Links a report to the event with the source's connection and grades, with the counts it gives. */
  @Transactional
  public void addInformation(UUID event, InformationDraft draft) {
    OfficeId office = lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
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
    jdbc.sql("INSERT INTO information_link (id, report_id, event_id, act_id, connection, reliability, credibility)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID(), draft.report(), event, draft.act(), draft.connection().name(), draft.reliability(),
            draft.credibility())
        .update();
    for (CountClaim claim : counts) {
      insertClaim(draft.report(), event, claim);
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
    lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
    MonitoringEvent reviewed = load(event, TeamScope.of(access, Permission.MONITORING_READ));
    OfficeId office = reviewed.office();
    Actor actor = access.require(Permission.MONITORING_REVIEW, office);
    reviewed.review(verification, reason, envelopeClaim);
    int updated = jdbc.sql("UPDATE monitoring_event SET verification = ?, verified_by = ?, verification_reason = ?, verified_at = ?,"
            + " envelope_claim_id = COALESCE(?, envelope_claim_id), version = version + 1 WHERE id = ? AND version = ?")
        .params(verification.name(), actor.username(), reason.strip(), OffsetDateTime.now(clock), envelopeClaim, event, version)
        .update();
    if (updated == 0) {
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
    OfficeId office = officeOf(event, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_REVIEW, office);
    String description = jdbc.sql("SELECT description FROM monitoring_event WHERE id = :id AND office_id IN (:teams)")
        .param("id", event).param(TeamScope.TEAMS, List.of(office.value())).query(String.class).optional().orElse(null);
    int updated = jdbc.sql("UPDATE monitoring_event SET description = ?, description_sensitive = TRUE, version = version + 1"
            + " WHERE id = ? AND version = ?")
        .params(description == null ? null : vault.seal(office, DESCRIPTION.place(event), vault.open(office,
            DESCRIPTION.place(event), description)), event, version)
        .update();
    if (updated == 0) {
      throw new StaleVersion("event", version);
    }
    audit.record(AuditRecord.success("EVENT_DESCRIPTION_SEALED", SUBJECT, event, office.value()));
  }

  @Transactional
  public void relate(UUID from, UUID to, MonitoringEvent.@Nullable RelationKind kind) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_READ);
    OfficeId office = officeOf(from, scope);
    if (!officeOf(to, scope).equals(office)) {
      // Another team's event is not found by this team, even where the reader works for both.
      throw new NotFound("event");
    }
    access.require(Permission.MONITORING_RECORD, office);
    if (kind == null) {
      throw ValidationFailed.of("kind", "is required: PRECEDES, PART_OF or CONSEQUENCE_OF");
    }
    MonitoringRules.notRelatedToItself(from, to);
    jdbc.sql("INSERT INTO event_relation (from_event_id, to_event_id, kind) VALUES (?, ?, ?)").params(from, to, kind.name()).update();
    audit.record(AuditRecord.success("EVENTS_RELATED", SUBJECT, from, office.value()));
  }

  /** One line of an event list. */
  public record EventSummary(UUID id, String title, String date, @Nullable String place, Verification verification,
      int reports, OffsetDateTime recordedAt) {}

  /** Events, newest first; optionally only those with one verification status (UNVERIFIED: awaiting review). */
  @Transactional
  public org.sanctuary.shared.ResultPage<EventSummary> list(@Nullable Verification verification,
      org.sanctuary.shared.PageRequest page) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_READ);
    String where = " WHERE e.office_id IN (:teams)" + (verification == null ? "" : " AND e.verification = :v");
    var list = jdbc.sql("SELECT e.id, e.title, e.date_text, e.place_id, e.verification, e.recorded_at,"
            + " (SELECT COUNT(DISTINCT l.report_id) FROM information_link l WHERE l.event_id = e.id) AS reports"
            + " FROM monitoring_event e" + where + " ORDER BY e.recorded_at DESC, e.id LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, scope.ids()).param("limit", page.size()).param("offset", page.offset());
    var count = jdbc.sql("SELECT COUNT(*) FROM monitoring_event e" + where).param(TeamScope.TEAMS, scope.ids());
    if (verification != null) {
      list = list.param("v", verification.name());
      count = count.param("v", verification.name());
    }
    record Row(UUID id, String title, String date, UUID place, Verification v, int reports, OffsetDateTime at) {}
    List<Row> rows = list.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
        rs.getObject(4, UUID.class), Verification.valueOf(rs.getString(5)), rs.getInt("reports"),
        rs.getObject(6, OffsetDateTime.class))).list();
    Map<UUID, String> names = places.primaryNames(rows.stream().map(Row::place).filter(java.util.Objects::nonNull).toList());
    List<EventSummary> items = rows.stream().map(r -> new EventSummary(r.id(), r.title(), r.date(),
        r.place() == null ? null : names.get(r.place()), r.v(), r.reports(), r.at())).toList();
    audit.record(AuditRecord.success("EVENTS_LISTED", SUBJECT, null, null));
    return new org.sanctuary.shared.ResultPage<>(items, page.page(), page.size(), count.query(Long.class).single());
  }

  /**
   * The act types of the vocabulary, by code, named in the reader's language where the messages
   * have a name for the code ({@code actType.FORCED_RETURN}), else by the vocabulary's own label;
   * in the order of those names.
   */
  public Map<String, String> actTypes() {
    java.util.Locale reader = org.springframework.context.i18n.LocaleContextHolder.getLocale();
    Map<String, String> types = new java.util.LinkedHashMap<>();
    jdbc.sql("SELECT code, label FROM act_type").query(rs -> {
      types.put(rs.getString(1), messages.getMessage("actType." + rs.getString(1), null, rs.getString(2), reader));
    });
    Map<String, String> named = new java.util.LinkedHashMap<>();
    types.entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(type -> named.put(type.getKey(), type.getValue()));
    return named;
  }

  @Transactional
  public MonitoringEvent read(UUID id) {
    MonitoringEvent event = load(id, TeamScope.of(access, Permission.MONITORING_READ));
    audit.record(AuditRecord.success("EVENT_READ", SUBJECT, id, event.office().value()));
    return event;
  }

  /** The event with everything in it if it is one of the scope's teams', without audit: for readers that audit. */
  MonitoringEvent load(UUID id, TeamScope scope) {
    record Row(OfficeId office, String title, IntervalDate date, UUID place, String precision, String description,
        boolean sensitive, Verification verification, String verifiedBy, String reason, UUID envelope, long version) {}
    Row row = jdbc.sql("SELECT * FROM monitoring_event WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, scope.ids())
        .query((rs, n) -> new Row(new OfficeId(rs.getObject("office_id", UUID.class)), rs.getString("title"), date(rs),
            rs.getObject("place_id", UUID.class), rs.getString("place_precision"), rs.getString("description"),
            rs.getBoolean("description_sensitive"), Verification.valueOf(rs.getString("verification")), rs.getString("verified_by"), rs.getString("verification_reason"),
            rs.getObject("envelope_claim_id", UUID.class), rs.getLong("version")))
        .optional().orElseThrow(() -> new NotFound("event"));
    List<MonitoringEvent.Claim> claims = claims(id);
    Map<UUID, MonitoringEvent.Claim> claimsById = new HashMap<>();
    claims.forEach(c -> claimsById.put(c.id(), c));
    Map<UUID, List<MonitoringEvent.Involvement>> involvements = new HashMap<>();
    jdbc.sql("SELECT i.act_id, i.perpetrator, i.kind, i.degree FROM involvement i JOIN monitoring_act a ON a.id = i.act_id"
            + " WHERE a.event_id = ? ORDER BY i.perpetrator").param(id)
        .query(rs -> {
          involvements.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Involvement(
              rs.getString(2), MonitoringEvent.PerpetratorKind.valueOf(rs.getString(3)), MonitoringEvent.Degree.valueOf(rs.getString(4))));
        });
    List<UUID> placeIds = new ArrayList<>();
    if (row.place() != null) {
      placeIds.add(row.place());
    }
    record ActRow(UUID id, String type, UUID person, String group, UUID claim, String date, UUID place, String status) {}
    List<ActRow> actRows = jdbc.sql("SELECT id, act_type, victim_person_id, victim_group, victim_claim_id, date_text, place_id,"
            + " victim_status_after FROM monitoring_act WHERE event_id = ? ORDER BY act_type, id").param(id)
        .query((rs, n) -> new ActRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
            rs.getObject(5, UUID.class), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8)))
        .list();
    actRows.stream().map(ActRow::place).filter(java.util.Objects::nonNull).forEach(placeIds::add);
    Map<UUID, String> placeNames = places.primaryNames(placeIds);
    List<MonitoringEvent.Act> acts = actRows.stream().map(a -> new MonitoringEvent.Act(a.id(), a.type(), a.person(), a.group(),
        a.claim() == null ? null : claimsById.get(a.claim()), a.date(), a.place() == null ? null : placeNames.get(a.place()),
        a.status(), involvements.getOrDefault(a.id(), List.of()))).toList();
    List<MonitoringEvent.Information> information = jdbc.sql(
            "SELECT l.report_id, r.reference, l.act_id, l.connection, l.reliability, l.credibility FROM information_link l"
                + " JOIN source_report r ON r.id = l.report_id WHERE l.event_id = ? ORDER BY r.reference").param(id)
        .query((rs, n) -> new MonitoringEvent.Information(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, UUID.class),
            MonitoringEvent.Connection.valueOf(rs.getString(4)), rs.getString(5).charAt(0), rs.getInt(6)))
        .list();
    List<MonitoringEvent.Relation> relations = jdbc.sql(
            "SELECT to_event_id, kind FROM event_relation WHERE from_event_id = ? ORDER BY kind, to_event_id").param(id)
        .query((rs, n) -> new MonitoringEvent.Relation(rs.getObject(1, UUID.class), MonitoringEvent.RelationKind.valueOf(rs.getString(2))))
        .list();
    return new MonitoringEvent(id, row.office(), row.title(), row.date(), row.place(),
        row.place() == null ? null : placeNames.get(row.place()), row.precision(),
        vault.openOrNull(row.office(), DESCRIPTION.place(id), row.description()), row.sensitive(), row.verification(),
        row.verifiedBy(), row.reason(), row.envelope(), acts, claims, parts(id), information, relations, row.version());
  }

  /**
   * Every event of the scope's teams with everything in it, oldest first, in one query per table (not
   * per event): for exports. No audit: the exporter audits.
   */
  public List<MonitoringEvent> loadAll(TeamScope scope) {
    String inScope = " IN (SELECT s.id FROM monitoring_event s WHERE s.office_id IN (:teams))";
    List<UUID> teams = scope.ids();
    Map<UUID, List<MonitoringEvent.Claim>> claims = new HashMap<>();
    jdbc.sql("SELECT c.id, c.event_id, c.report_id, r.reference, c.min_count, c.max_count, c.best, c.qualifier, c.unit, c.text"
            + " FROM count_claim c JOIN source_report r ON r.id = c.report_id WHERE c.event_id" + inScope
            + " ORDER BY r.reference, c.id")
        .param(TeamScope.TEAMS, teams)
        .query(rs -> {
          claims.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>()).add(claim(rs));
        });
    Map<UUID, MonitoringEvent.Claim> claimsById = new HashMap<>();
    claims.values().forEach(list -> list.forEach(c -> claimsById.put(c.id(), c)));
    Map<UUID, List<MonitoringEvent.ClaimPart>> parts = new HashMap<>();
    jdbc.sql("SELECT c.event_id, p.id, p.claim_id, p.sex, p.age_band, p.text FROM count_claim_part p"
            + " JOIN count_claim c ON c.id = p.claim_id WHERE c.event_id" + inScope + " ORDER BY p.claim_id, p.sex, p.age_band, p.id")
        .param(TeamScope.TEAMS, teams)
        .query(rs -> {
          parts.computeIfAbsent(rs.getObject("event_id", UUID.class), k -> new ArrayList<>()).add(part(rs));
        });
    Map<UUID, List<MonitoringEvent.Involvement>> involvements = new HashMap<>();
    jdbc.sql("SELECT i.act_id, i.perpetrator, i.kind, i.degree FROM involvement i JOIN monitoring_act a ON a.id = i.act_id"
        + " WHERE a.event_id" + inScope + " ORDER BY i.perpetrator").param(TeamScope.TEAMS, teams).query(rs -> {
      involvements.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Involvement(
          rs.getString(2), MonitoringEvent.PerpetratorKind.valueOf(rs.getString(3)), MonitoringEvent.Degree.valueOf(rs.getString(4))));
    });
    Map<UUID, List<MonitoringEvent.Act>> acts = new HashMap<>();
    jdbc.sql("SELECT a.id, a.event_id, a.act_type, a.victim_person_id, a.victim_group, a.victim_claim_id, a.date_text, n.name,"
            + " a.victim_status_after FROM monitoring_act a LEFT JOIN place_name n ON n.place_id = a.place_id AND n.is_primary"
            + " WHERE a.event_id" + inScope + " ORDER BY a.act_type, a.id")
        .param(TeamScope.TEAMS, teams)
        .query(rs -> {
          UUID act = rs.getObject(1, UUID.class);
          UUID claim = rs.getObject(6, UUID.class);
          acts.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Act(act, rs.getString(3),
              rs.getObject(4, UUID.class), rs.getString(5), claim == null ? null : claimsById.get(claim), rs.getString(7),
              rs.getString(8), rs.getString(9), involvements.getOrDefault(act, List.of())));
        });
    Map<UUID, List<MonitoringEvent.Information>> information = new HashMap<>();
    jdbc.sql("SELECT l.event_id, l.report_id, r.reference, l.act_id, l.connection, l.reliability, l.credibility FROM information_link l"
            + " JOIN source_report r ON r.id = l.report_id WHERE l.event_id" + inScope + " ORDER BY r.reference")
        .param(TeamScope.TEAMS, teams)
        .query(rs -> {
          information.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new MonitoringEvent.Information(
              rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
              MonitoringEvent.Connection.valueOf(rs.getString(5)), rs.getString(6).charAt(0), rs.getInt(7)));
        });
    Map<UUID, List<MonitoringEvent.Relation>> relations = new HashMap<>();
    jdbc.sql("SELECT from_event_id, to_event_id, kind FROM event_relation WHERE from_event_id" + inScope
        + " ORDER BY kind, to_event_id").param(TeamScope.TEAMS, teams).query(rs -> {
      relations.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(
          new MonitoringEvent.Relation(rs.getObject(2, UUID.class), MonitoringEvent.RelationKind.valueOf(rs.getString(3))));
    });
    return jdbc.sql("SELECT e.*, n.name AS place_name FROM monitoring_event e"
            + " LEFT JOIN place_name n ON n.place_id = e.place_id AND n.is_primary WHERE e.office_id IN (:teams)"
            + " ORDER BY e.date_earliest, e.title, e.id")
        .param(TeamScope.TEAMS, teams)
        .query((rs, n) -> {
          UUID id = rs.getObject("id", UUID.class);
          OfficeId team = new OfficeId(rs.getObject("office_id", UUID.class));
          return new MonitoringEvent(id, team, rs.getString("title"), date(rs),
              rs.getObject("place_id", UUID.class), rs.getString("place_name"), rs.getString("place_precision"),
              vault.openOrNull(team, DESCRIPTION.place(id), rs.getString("description")), rs.getBoolean("description_sensitive"),
              Verification.valueOf(rs.getString("verification")), rs.getString("verified_by"),
              rs.getString("verification_reason"), rs.getObject("envelope_claim_id", UUID.class), acts.getOrDefault(id, List.of()),
              claims.getOrDefault(id, List.of()), parts.getOrDefault(id, List.of()), information.getOrDefault(id, List.of()),
              relations.getOrDefault(id, List.of()),
              rs.getLong("version"));
        })
        .list();
  }

  /** The parts the event's claims were broken into, by claim, women before men, children first. */
  private List<MonitoringEvent.ClaimPart> parts(UUID event) {
    return jdbc.sql("SELECT p.id, p.claim_id, p.sex, p.age_band, p.text FROM count_claim_part p"
            + " JOIN count_claim c ON c.id = p.claim_id WHERE c.event_id = ? ORDER BY p.claim_id, p.sex, p.age_band, p.id")
        .param(event)
        .query((rs, n) -> part(rs))
        .list();
  }

  /** A part as the columns id, claim_id, sex, age_band, text hold it; its bounds are read back from the report's words. */
  private static MonitoringEvent.ClaimPart part(ResultSet rs) throws SQLException {
    return new MonitoringEvent.ClaimPart(rs.getObject("id", UUID.class), rs.getObject("claim_id", UUID.class),
        Sex.valueOf(rs.getString("sex")), rs.getString("age_band") == null ? null : AgeBand.valueOf(rs.getString("age_band")),
        CountClaim.parse(rs.getString("text")));
  }

  /**
   * Breaks one of the event's counts down as its report did: how many of them were of a sex, of an
   * age band, or both. A part is never more than the whole it is part of.
   */
  @Transactional
  public UUID breakDown(UUID event, UUID claim, @Nullable Sex sex, @Nullable AgeBand ageBand, @Nullable String count) {
    OfficeId office = lockToChange(event, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_RECORD, office);
    MonitoringEvent.Claim whole = claims(event).stream().filter(c -> c.id().equals(claim)).findFirst()
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
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO count_claim_part (id, claim_id, sex, age_band, min_count, max_count, text) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(id, claim, of.name(), ageBand == null ? null : ageBand.name(), part.min(), part.max(), part.text())
        .update();
    recount(event);
    audit.record(AuditRecord.success("COUNT_BROKEN_DOWN", SUBJECT, event, office.value()));
    return id;
  }

  List<MonitoringEvent.Claim> claims(UUID event) {
    return jdbc.sql("SELECT c.id, c.report_id, r.reference, c.min_count, c.max_count, c.best, c.qualifier, c.unit, c.text"
            + " FROM count_claim c JOIN source_report r ON r.id = c.report_id WHERE c.event_id = ? ORDER BY r.reference, c.id")
        .param(event).query((rs, n) -> claim(rs)).list();
  }

  static MonitoringEvent.Claim claim(ResultSet rs) throws SQLException {
    return new MonitoringEvent.Claim(rs.getObject("id", UUID.class), rs.getObject("report_id", UUID.class), rs.getString("reference"),
        new CountClaim((Long) nullableLong(rs, "min_count"), nullableLong(rs, "max_count"), nullableLong(rs, "best"),
            CountQualifier.valueOf(rs.getString("qualifier")), CountUnit.valueOf(rs.getString("unit")), rs.getString("text")));
  }

  static @Nullable Long nullableLong(ResultSet rs, String column) throws SQLException {
    long value = rs.getLong(column);
    return rs.wasNull() ? null : value;
  }

  static IntervalDate date(ResultSet rs) throws SQLException {
    LocalDate earliest = rs.getObject("date_earliest", LocalDate.class);
    LocalDate latest = rs.getObject("date_latest", LocalDate.class);
    String text = rs.getString("date_text");
    try {
      return IntervalDate.parse(text);
    } catch (UnreadableValue e) {
      return new IntervalDate(earliest, latest, DatePrecision.DAY, DateQualifier.EXACT, text);
    }
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
    record Locked(@Nullable UUID chosen, boolean longSpan, Verification verification) {}
    Locked locked = jdbc.sql("SELECT envelope_claim_id, date_earliest, date_latest, verification FROM monitoring_event"
            + " WHERE id = ? FOR UPDATE")
        .param(event)
        .query((rs, n) -> new Locked(rs.getObject(1, UUID.class),
            longSpan(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)),
            Verification.valueOf(rs.getString(4)))).single();
    UUID chosen = locked.chosen();
    List<MonitoringEvent.Claim> claims = claims(event);
    List<EventCount.CountedAct> acts = jdbc.sql("SELECT act_type, victim_claim_id, victim_person_id FROM monitoring_act WHERE event_id = ?")
        .param(event)
        .query((rs, n) -> new EventCount.CountedAct(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class)))
        .list();
    EventCount count = EventCount.of(claims, chosen, acts);
    CountClaim whole = count.whole();
    jdbc.sql("UPDATE monitoring_event SET count_min = ?, count_max = ?, count_text = ?, count_claim_id = ?, count_chosen = ?,"
            + " count_stale = FALSE, long_span = ? WHERE id = ?")
        .params(whole == null ? null : whole.min(), whole == null ? null : whole.max(), whole == null ? null : whole.text(),
            count.wholeClaim(), count.chosen(), locked.longSpan(), event)
        .update();
    jdbc.sql("DELETE FROM event_act_count WHERE event_id = ?").param(event).update();
    count.byActType().forEach((type, c) -> jdbc.sql("INSERT INTO event_act_count (event_id, act_type, count_min, count_max,"
            + " count_text, count_claim_id) VALUES (?, ?, ?, ?, ?, ?)")
        .params(event, type, c == null ? null : c.min(), c == null ? null : c.max(), c == null ? null : c.text(),
            count.claimOfActType().get(type))
        .update());
    Map<UUID, List<FigureShare.Part>> parts = new HashMap<>();
    jdbc.sql("SELECT p.claim_id, p.sex, p.age_band, p.min_count, p.max_count FROM count_claim_part p"
            + " JOIN count_claim c ON c.id = p.claim_id WHERE c.event_id = ?")
        .param(event)
        .query(rs -> {
          parts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(new FigureShare.Part(
              Sex.valueOf(rs.getString(2)), rs.getString(3) == null ? null : AgeBand.valueOf(rs.getString(3)),
              nullableLong(rs, "min_count"), nullableLong(rs, "max_count")));
        });
    cells.share(event, FigureShare.of(locked.verification(), count, parts), changes);
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
    List<UUID> stale = jdbc.sql("SELECT id FROM monitoring_event WHERE count_stale ORDER BY id FETCH FIRST " + batch + " ROWS ONLY")
        .query(UUID.class).list();
    // One move of the cells for the batch, in key order: a batch never deadlocks with a writer.
    Map<FigureCells.Key, Tally> changes = new HashMap<>();
    stale.forEach(event -> recount(event, changes));
    cells.apply(changes);
    return stale.size();
  }

  private UUID insertClaim(UUID report, UUID event, CountClaim claim) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO count_claim (id, report_id, event_id, min_count, max_count, best, qualifier, unit, text)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, report, event, claim.min(), claim.max(), claim.best(), claim.qualifier().name(), claim.unit().name(), claim.text())
        .update();
    return id;
  }

  /** The event's team, if it is one of the scope's; otherwise not found. */
  public OfficeId officeOf(UUID event, TeamScope scope) {
    return jdbc.sql("SELECT office_id FROM monitoring_event WHERE id = :id AND office_id IN (:teams)").param("id", event)
        .param(TeamScope.TEAMS, scope.ids()).query(UUID.class).optional()
        .map(OfficeId::new).orElseThrow(() -> new NotFound("event"));
  }

  /**
   * The event's team, with the event's row locked for the command that changes it, before anything
   * that refers to the event is written: a row written first would hold a share of the lock that two
   * commands on the same event would then each wait on the other to give up.
   */
  private OfficeId lockToChange(UUID event, TeamScope scope) {
    return jdbc.sql("SELECT office_id FROM monitoring_event WHERE id = :id AND office_id IN (:teams) FOR UPDATE").param("id", event)
        .param(TeamScope.TEAMS, scope.ids()).query(UUID.class).optional()
        .map(OfficeId::new).orElseThrow(() -> new NotFound("event"));
  }

  private static @Nullable IntervalDate interval(String field, @Nullable String text, List<FieldProblem> problems) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return IntervalDate.parse(text);
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
