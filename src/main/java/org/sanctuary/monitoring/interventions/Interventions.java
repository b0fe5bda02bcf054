package org.sanctuary.monitoring.interventions;


import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.events.Events;

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
import org.sanctuary.alerts.Alerts;
import org.sanctuary.procedure.Verdict;
import org.sanctuary.procedure.disclosure.ProhibitedRecipients;
import org.sanctuary.procedure.disclosure.RecipientType;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Interventions and their follow-up. An open intervention whose follow-up date has passed is in the
 * overdue queue, and the daily run raises an alert for the team's supervisors (once, until
 * acknowledged).
 */
@Service
public class Interventions {

  static final String SUBJECT = "INTERVENTION";

  /** What was asked and what came back: sealed with the team's key once a reviewer marks them sensitive. */
  public static final SealedColumn ASKED = SealedColumn.where("intervention", "id", "office_id", "asked", "text_sensitive");
  public static final SealedColumn RESPONSE_NOTE =
      SealedColumn.where("intervention", "id", "office_id", "response_note", "text_sensitive");

  public record Draft(
      @Nullable OfficeId office, @Nullable UUID addressee, @Nullable LocalDate sentOn, @Nullable String asked,
      Intervention.@Nullable Priority priority, @Nullable LocalDate nextFollowUp, List<UUID> persons, List<UUID> events) {}

  private final JdbcClient jdbc;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final Events events;
  private final Alerts alerts;
  private final AuditTrail audit;
  private final Clock clock;
  private final Vault vault;

  Interventions(JdbcClient jdbc, AccessPolicy access, PersonDirectory persons, Events events, Alerts alerts, AuditTrail audit,
      Clock clock, Vault vault) {
    this.vault = vault;
    this.jdbc = jdbc;
    this.access = access;
    this.persons = persons;
    this.events = events;
    this.alerts = alerts;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public UUID record(Draft draft) {
    List<FieldProblem> problems = new ArrayList<>();
    if (draft.office() == null) {
      problems.add(new FieldProblem("officeId", "is required"));
    }
    if (draft.addressee() == null) {
      problems.add(new FieldProblem("addresseeId", "is required: choose from the team's addressees"));
    }
    LocalDate today = LocalDate.now(clock);
    if (draft.sentOn() == null || draft.sentOn().isAfter(today)) {
      problems.add(new FieldProblem("sentOn", "is required and not in the future"));
    }
    if (draft.asked() == null || draft.asked().isBlank() || draft.asked().length() > 4000) {
      problems.add(new FieldProblem("asked", "say what was asked, up to 4000 characters"));
    }
    if (draft.nextFollowUp() != null && draft.sentOn() != null && draft.nextFollowUp().isBefore(draft.sentOn())) {
      problems.add(new FieldProblem("nextFollowUp", "cannot be before the intervention was sent"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Actor actor = access.require(Permission.MONITORING_RECORD, draft.office());
    Addressee addressee = jdbc.sql("SELECT id, office_id, name, kind FROM intervention_addressee WHERE id = :id AND office_id IN (:teams)")
        .param("id", draft.addressee()).param(TeamScope.TEAMS, List.of(draft.office().value()))
        .query((rs, n) -> addressee(rs)).optional()
        .orElseThrow(() -> ValidationFailed.of("addresseeId", "is not on the team's list of addressees"));
    if (!draft.persons().isEmpty()) {
      // Nobody's identity goes to the country of origin or an alleged persecutor: the disclosure rule.
      Verdict verdict = ProhibitedRecipients.check(addressee.kind());
      if (!verdict.allowed()) {
        audit.recordRefusal(AuditRecord.refused("INTERVENTION_RECORDED", SUBJECT, null, draft.office().value(),
            verdict.refusal().name()));
        verdict.orThrow();
      }
    }
    for (UUID person : draft.persons()) {
      persons.read(new PersonId(person));
    }
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_READ);
    for (UUID event : draft.events()) {
      events.officeOf(event, scope);
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO intervention (id, office_id, addressee, addressee_id, sent_on, asked, response, status, priority,"
            + " next_follow_up, recorded_by, recorded_at, version) VALUES (?, ?, ?, ?, ?, ?, 'NONE', 'OPEN', ?, ?, ?, ?, 0)")
        .params(id, draft.office().value(), addressee.name(), addressee.id(), draft.sentOn(), draft.asked().strip(),
            (draft.priority() == null ? Intervention.Priority.NORMAL : draft.priority()).name(), draft.nextFollowUp(),
            actor.username(), OffsetDateTime.now(clock))
        .update();
    for (UUID person : draft.persons()) {
      jdbc.sql("INSERT INTO intervention_person (intervention_id, person_id) VALUES (?, ?)").params(id, person).update();
    }
    for (UUID event : draft.events()) {
      jdbc.sql("INSERT INTO intervention_event (intervention_id, event_id) VALUES (?, ?)").params(id, event).update();
    }
    audit.record(AuditRecord.success("INTERVENTION_RECORDED", SUBJECT, id, draft.office().value()));
    return id;
  }

  /** Adds someone the team writes to, with their kind, to the team's list of addressees. */
  @Transactional
  public UUID addAddressee(@Nullable OfficeId office, @Nullable String name, @Nullable RecipientType kind) {
    List<FieldProblem> problems = new ArrayList<>();
    if (office == null) {
      problems.add(new FieldProblem("officeId", "is required"));
    }
    if (name == null || name.isBlank() || name.strip().length() > 300) {
      problems.add(new FieldProblem("name", "is required, up to 300 characters, e.g. the Premier of the State Council"));
    }
    if (kind == null) {
      problems.add(new FieldProblem("kind", "is required: who they are decides what may be sent to them"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    Actor actor = access.require(Permission.MONITORING_RECORD, office);
    boolean known = jdbc.sql("SELECT COUNT(*) FROM intervention_addressee WHERE office_id IN (:teams) AND name = :name")
        .param(TeamScope.TEAMS, List.of(office.value())).param("name", name.strip()).query(Long.class).single() > 0;
    if (known) {
      throw ValidationFailed.of("name", "is on the team's list already");
    }
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO intervention_addressee (id, office_id, name, kind, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")
        .params(id, office.value(), name.strip(), kind.name(), actor.username(), OffsetDateTime.now(clock))
        .update();
    audit.record(AuditRecord.success("ADDRESSEE_ADDED", SUBJECT, id, office.value()));
    return id;
  }

  /** The addressees of the reader's teams, by name: the list an intervention is addressed from. */
  @Transactional(readOnly = true)
  public List<Addressee> addressees() {
    return jdbc.sql("SELECT id, office_id, name, kind FROM intervention_addressee WHERE office_id IN (:teams) ORDER BY name, id"
            + " FETCH FIRST " + ADDRESSEES_AT_MOST + " ROWS ONLY")
        .param(TeamScope.TEAMS, TeamScope.of(access, Permission.MONITORING_READ).ids())
        .query((rs, n) -> addressee(rs)).list();
  }

  /** A team's list of addressees is a pick list; past this many it is cut (by name). */
  public static final int ADDRESSEES_AT_MOST = 1000;

  private static Addressee addressee(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Addressee(rs.getObject("id", UUID.class), new OfficeId(rs.getObject("office_id", UUID.class)), rs.getString("name"),
        RecipientType.valueOf(rs.getString("kind")));
  }

  /** Records a follow-up: the response so far, whether the intervention stays open, and the next follow-up date. */
  @Transactional
  public void followUp(UUID id, long version, Intervention.@Nullable Response response, @Nullable String note,
      Intervention.@Nullable Status status, @Nullable LocalDate nextFollowUp) {
    OfficeId office = officeOf(id, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_RECORD, office);
    List<FieldProblem> problems = new ArrayList<>();
    if (response == null) {
      problems.add(new FieldProblem("response", "is required: NONE, DENIED, TOKEN, PLEDGE or ACTED"));
    }
    if (status == null) {
      problems.add(new FieldProblem("status", "is required: OPEN or CLOSED"));
    } else if (status == Intervention.Status.OPEN && nextFollowUp == null) {
      problems.add(new FieldProblem("nextFollowUp", "an open intervention needs a next follow-up date"));
    }
    if (note != null && note.length() > 2000) {
      problems.add(new FieldProblem("note", "is longer than 2000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    boolean sensitive = jdbc.sql("SELECT text_sensitive FROM intervention WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, List.of(office.value())).query(Boolean.class).single();
    String kept = note == null || note.isBlank() ? null
        : sensitive ? vault.seal(office, RESPONSE_NOTE.place(id), note.strip()) : note.strip();
    int updated = jdbc.sql("UPDATE intervention SET response = ?, response_note = ?, status = ?, next_follow_up = ?,"
            + " version = version + 1 WHERE id = ? AND version = ?")
        .params(response.name(), kept, status.name(),
            status == Intervention.Status.CLOSED ? null : nextFollowUp, id, version)
        .update();
    if (updated == 0) {
      throw new StaleVersion("intervention", version);
    }
    audit.record(AuditRecord.success("INTERVENTION_FOLLOWED_UP", SUBJECT, id, office.value()));
  }

  /** The interventions of the reader's teams; overdue only: open ones whose follow-up date has passed, oldest first. */
  @Transactional
  public ResultPage<Intervention> list(boolean overdueOnly, PageRequest page) {
    List<UUID> scope = TeamScope.of(access, Permission.MONITORING_READ).ids();
    LocalDate today = LocalDate.now(clock);
    String where = " WHERE office_id IN (:teams)" + (overdueOnly ? " AND status = 'OPEN' AND next_follow_up < :today" : "");
    var list = jdbc.sql("SELECT * FROM intervention" + where
            + (overdueOnly ? " ORDER BY next_follow_up, id" : " ORDER BY sent_on DESC, id") + " LIMIT :limit OFFSET :offset")
        .param(TeamScope.TEAMS, scope).param("limit", page.size()).param("offset", page.offset());
    var count = jdbc.sql("SELECT COUNT(*) FROM intervention" + where).param(TeamScope.TEAMS, scope);
    if (overdueOnly) {
      list = list.param("today", today);
      count = count.param("today", today);
    }
    List<Intervention> items = withLinks(list.query((rs, n) -> map(rs, today)).list());
    audit.record(AuditRecord.success("INTERVENTIONS_LISTED", SUBJECT, null, null));
    return new ResultPage<>(items, page.page(), page.size(), count.query(Long.class).single());
  }

  @Transactional
  public Intervention read(UUID id) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_READ);
    OfficeId office = officeOf(id, scope);
    Intervention intervention = withLinks(jdbc.sql("SELECT * FROM intervention WHERE id = :id AND office_id IN (:teams)")
        .param("id", id).param(TeamScope.TEAMS, scope.ids())
        .query((rs, n) -> map(rs, LocalDate.now(clock))).list()).get(0);
    audit.record(AuditRecord.success("INTERVENTION_READ", SUBJECT, id, office.value()));
    return intervention;
  }

  /**
   * The reviewer marks what was asked and what came back sensitive: from now on both are stored
   * sealed with the team's key. There is no unmarking.
   */
  @Transactional
  public void markTextSensitive(UUID id, long version) {
    OfficeId office = officeOf(id, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_REVIEW, office);
    record Text(String asked, @Nullable String note) {}
    Text text = jdbc.sql("SELECT asked, response_note FROM intervention WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, List.of(office.value())).query((rs, n) -> new Text(rs.getString(1), rs.getString(2))).single();
    String asked = vault.open(office, ASKED.place(id), text.asked());
    String note = vault.openOrNull(office, RESPONSE_NOTE.place(id), text.note());
    int updated = jdbc.sql("UPDATE intervention SET asked = ?, response_note = ?, text_sensitive = TRUE, version = version + 1"
            + " WHERE id = ? AND version = ?")
        .params(vault.seal(office, ASKED.place(id), asked), vault.sealOrNull(office, RESPONSE_NOTE.place(id), note), id, version)
        .update();
    if (updated == 0) {
      throw new StaleVersion("intervention", version);
    }
    audit.record(AuditRecord.success("INTERVENTION_TEXT_SEALED", SUBJECT, id, office.value()));
  }

  /** The daily run: one alert per open intervention whose follow-up is overdue, until it is acknowledged. */
  @Scheduled(cron = "${sanctuary.procedure.daily-run:0 15 2 * * *}", zone = "UTC")
  void nightly() {
    raiseOverdueAlerts(LocalDate.now(clock));
  }

  @Transactional
  public int raiseOverdueAlerts(LocalDate today) {
    record Due(UUID id, OfficeId office, String addressee, LocalDate due) {}
    List<Due> due = jdbc.sql("SELECT id, office_id, addressee, next_follow_up FROM intervention WHERE status = 'OPEN'"
            + " AND next_follow_up < ? ORDER BY next_follow_up, id FOR UPDATE SKIP LOCKED").param(today)
        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), new OfficeId(rs.getObject(2, UUID.class)), rs.getString(3),
            rs.getObject(4, LocalDate.class))).list();
    int raised = 0;
    for (Due d : due) {
      if (!alerts.openAbout(d.id(), Alerts.Kind.FOLLOW_UP_OVERDUE)) {
        alerts.raise(d.office(), Alerts.Kind.FOLLOW_UP_OVERDUE, SUBJECT, d.id(),
            "Follow-up of the intervention to " + d.addressee() + " was due on " + d.due() + ".",
            List.of(d.addressee(), d.due().toString()));
        raised++;
      }
    }
    return raised;
  }

  /** The intervention's team, if it is one of the scope's; otherwise not found. */
  private OfficeId officeOf(UUID id, TeamScope scope) {
    return jdbc.sql("SELECT office_id FROM intervention WHERE id = :id AND office_id IN (:teams)").param("id", id)
        .param(TeamScope.TEAMS, scope.ids()).query(UUID.class).optional().map(OfficeId::new)
        .orElseThrow(() -> new NotFound("intervention"));
  }

  /** The intervention as its readers see it; text marked sensitive is opened here, after the scoped query. */
  private Intervention map(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
    LocalDate next = rs.getObject("next_follow_up", LocalDate.class);
    Intervention.Status status = Intervention.Status.valueOf(rs.getString("status"));
    UUID id = rs.getObject("id", UUID.class);
    OfficeId office = new OfficeId(rs.getObject("office_id", UUID.class));
    return new Intervention(id, office,
        rs.getString("addressee"), rs.getObject("sent_on", LocalDate.class), vault.open(office, ASKED.place(id), rs.getString("asked")),
        Intervention.Response.valueOf(rs.getString("response")),
        vault.openOrNull(office, RESPONSE_NOTE.place(id), rs.getString("response_note")), rs.getBoolean("text_sensitive"), status,
        Intervention.Priority.valueOf(rs.getString("priority")), next,
        status == Intervention.Status.OPEN && next != null && next.isBefore(today), List.of(), List.of(), rs.getLong("version"));
  }

  private List<Intervention> withLinks(List<Intervention> items) {
    if (items.isEmpty()) {
      return items;
    }
    List<UUID> ids = items.stream().map(Intervention::id).toList();
    Map<UUID, List<UUID>> people = new HashMap<>();
    Map<UUID, List<UUID>> linked = new HashMap<>();
    jdbc.sql("SELECT intervention_id, person_id FROM intervention_person WHERE intervention_id IN (:ids)").param("ids", ids)
        .query(rs -> {
          people.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
        });
    jdbc.sql("SELECT intervention_id, event_id FROM intervention_event WHERE intervention_id IN (:ids)").param("ids", ids)
        .query(rs -> {
          linked.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getObject(2, UUID.class));
        });
    return items.stream().map(i -> new Intervention(i.id(), i.office(), i.addressee(), i.sentOn(), i.asked(), i.response(),
        i.responseNote(), i.textSensitive(), i.status(), i.priority(), i.nextFollowUp(), i.followUpOverdue(), people.getOrDefault(i.id(), List.of()),
        linked.getOrDefault(i.id(), List.of()), i.version())).toList();
  }
}
