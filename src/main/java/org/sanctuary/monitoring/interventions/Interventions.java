package org.sanctuary.monitoring.interventions;


import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.events.Events;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
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
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ResultPage;
import org.sanctuary.shared.StaleVersion;
import org.sanctuary.shared.ValidationFailed;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
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

  private final InterventionRows rows;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final Events events;
  private final Alerts alerts;
  private final AuditTrail audit;
  private final Clock clock;
  private final Vault vault;

  Interventions(InterventionRows rows, AccessPolicy access, PersonDirectory persons, Events events, Alerts alerts, AuditTrail audit,
      Clock clock, Vault vault) {
    this.vault = vault;
    this.rows = rows;
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
    Addressee addressee = rows.addressee(draft.addressee(), draft.office())
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
    rows.insert(id, draft, addressee, actor.username(), OffsetDateTime.now(clock));
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
    if (rows.hasAddressee(office, name.strip())) {
      throw ValidationFailed.of("name", "is on the team's list already");
    }
    UUID id = UUID.randomUUID();
    rows.insertAddressee(id, office, name.strip(), kind, actor.username(), OffsetDateTime.now(clock));
    audit.record(AuditRecord.success("ADDRESSEE_ADDED", SUBJECT, id, office.value()));
    return id;
  }

  /** The addressees of the reader's teams, by name: the list an intervention is addressed from. */
  @Transactional(readOnly = true)
  public List<Addressee> addressees() {
    return rows.addressees(TeamScope.of(access, Permission.MONITORING_READ), ADDRESSEES_AT_MOST);
  }

  /** A team's list of addressees is a pick list; past this many it is cut (by name). */
  public static final int ADDRESSEES_AT_MOST = 1000;


  /** Records a follow-up: the response so far, whether the intervention stays open, and the next follow-up date. */
  @Transactional
  public void followUp(UUID id, long version, Intervention.@Nullable Response response, @Nullable String note,
      Intervention.@Nullable Status status, @Nullable LocalDate nextFollowUp) {
    OfficeId office = rows.officeOf(id, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_RECORD, office);
    List<FieldProblem> problems = new ArrayList<>();
    if (response == null) {
      problems.add(new FieldProblem("response", "is required: NONE, DENIED, TOKEN, PLEDGE or ACTED"));
    }
    if (status == null) {
      problems.add(new FieldProblem("status", "is required: OPEN or CLOSED"));
    } else if (status == Intervention.Status.OPEN && nextFollowUp == null) {
      problems.add(new FieldProblem("nextFollowUp", "an open intervention needs a next follow-up date"));
    } else if (status == Intervention.Status.OPEN && nextFollowUp.isBefore(LocalDate.now(clock))) {
      // A follow-up is recorded today: a next date already past would leave it overdue as it is saved.
      problems.add(new FieldProblem("nextFollowUp", "cannot be in the past: the next follow-up is today or later"));
    }
    if (note != null && note.length() > 2000) {
      problems.add(new FieldProblem("note", "is longer than 2000 characters"));
    }
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems);
    }
    boolean sensitive = rows.textSensitive(id, office);
    String kept = note == null || note.isBlank() ? null
        : sensitive ? vault.seal(office, RESPONSE_NOTE.place(id), note.strip()) : note.strip();
    if (!rows.followUp(id, version, response, kept, status, status == Intervention.Status.CLOSED ? null : nextFollowUp)) {
      throw new StaleVersion("intervention", version);
    }
    audit.record(AuditRecord.success("INTERVENTION_FOLLOWED_UP", SUBJECT, id, office.value()));
  }

  /** The interventions of the reader's teams; overdue only: open ones whose follow-up date has passed, oldest first. */
  @Transactional
  public ResultPage<Intervention> list(boolean overdueOnly, PageRequest page) {
    ResultPage<Intervention> listed = rows.list(overdueOnly, page, TeamScope.of(access, Permission.MONITORING_READ),
        LocalDate.now(clock));
    audit.record(AuditRecord.success("INTERVENTIONS_LISTED", SUBJECT, null, null));
    return listed;
  }

  @Transactional
  public Intervention read(UUID id) {
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_READ);
    OfficeId office = rows.officeOf(id, scope);
    Intervention intervention = rows.read(id, scope, LocalDate.now(clock));
    audit.record(AuditRecord.success("INTERVENTION_READ", SUBJECT, id, office.value()));
    return intervention;
  }

  /**
   * The reviewer marks what was asked and what came back sensitive: from now on both are stored
   * sealed with the team's key. There is no unmarking.
   */
  @Transactional
  public void markTextSensitive(UUID id, long version) {
    OfficeId office = rows.officeOf(id, TeamScope.of(access, Permission.MONITORING_READ));
    access.require(Permission.MONITORING_REVIEW, office);
    InterventionRows.Text text = rows.text(id, office);
    String asked = vault.open(office, ASKED.place(id), text.asked());
    String note = vault.openOrNull(office, RESPONSE_NOTE.place(id), text.note());
    if (!rows.sealText(id, version, vault.seal(office, ASKED.place(id), asked), vault.sealOrNull(office, RESPONSE_NOTE.place(id), note))) {
      throw new StaleVersion("intervention", version);
    }
    audit.record(AuditRecord.success("INTERVENTION_TEXT_SEALED", SUBJECT, id, office.value()));
  }

  /**
   * The daily run: one alert per open intervention whose follow-up is overdue, until it is
   * acknowledged; on one node only, as the procedure's nightly run.
   */
  @Scheduled(cron = "${sanctuary.procedure.daily-run:0 15 2 * * *}", zone = "UTC")
  @SchedulerLock(name = "monitoring.follow-up-alerts", lockAtLeastFor = "PT10M", lockAtMostFor = "PT1H")
  void nightly() {
    raiseOverdueAlerts(LocalDate.now(clock));
  }

  @Transactional
  public int raiseOverdueAlerts(LocalDate today) {
    int raised = 0;
    for (InterventionRows.Due d : rows.overdue(today)) {
      if (!alerts.openAbout(d.id(), Alerts.Kind.FOLLOW_UP_OVERDUE)) {
        alerts.raise(d.office(), Alerts.Kind.FOLLOW_UP_OVERDUE, SUBJECT, d.id(),
            "Follow-up of the intervention to " + d.addressee() + " was due on " + d.due() + ".",
            List.of(d.addressee(), d.due().toString()));
        raised++;
      }
    }
    return raised;
  }



}
