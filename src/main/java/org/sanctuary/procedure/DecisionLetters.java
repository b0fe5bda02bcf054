package org.sanctuary.procedure;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.sanctuary.access.Office;
import org.sanctuary.access.Offices;
import org.sanctuary.access.Role;
import org.sanctuary.access.UserAccounts;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.procedure.letter.LetterPdf;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.shared.NotFound;
import org.sanctuary.vault.SealedColumn;
import org.sanctuary.vault.Vault;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter a notified decision is handed over as: a PDF in the decision's notification language
 * (English, Korean or Chinese; English for any other), naming the office, the person, the outcome,
 * its reasons and the right to appeal, and the signer with their function. It is rendered once, in
 * the transaction that records the notification, and archived with the case (sealed with the
 * office's key): every later print gives the same bytes. A decision notified before letters were
 * archived is issued at its first print.
 */
@Service
public class DecisionLetters {

  /** Which decision a letter carries. */
  public enum Kind {
    DECISION,
    STATUS_ENDING
  }

  /** A letter as issued: a file name, the PDF's bytes and their SHA-256. */
  public record Letter(String fileName, byte[] pdf, String sha256) {}

  static final SealedColumn PDF = new SealedColumn("case_letter", "id", "office_id", "pdf");

  private static final Set<String> LANGUAGES = Set.of("en", "ko", "zh");

  private final JdbcClient jdbc;
  private final Vault vault;
  private final Offices offices;
  private final PersonDirectory persons;
  private final UserAccounts users;
  private final LetterPdf pdf;
  private final AuditTrail audit;
  private final Casework casework;
  private final Clock clock;

  DecisionLetters(JdbcClient jdbc, Vault vault, Offices offices, PersonDirectory persons, UserAccounts users, LetterPdf pdf,
      AuditTrail audit, Casework casework, Clock clock) {
    this.jdbc = jdbc;
    this.vault = vault;
    this.offices = offices;
    this.persons = persons;
    this.users = users;
    this.pdf = pdf;
    this.audit = audit;
    this.casework = casework;
    this.clock = clock;
  }

  /** The letter of the case's notified decision (its decision to end a status, once that is notified), as issued. */
  @Transactional
  public Letter letter(CaseId id) {
    CaseView view = casework.read(id);
    Kind kind = kindOf(view).orElseThrow(() -> new NotFound("notified decision"));
    Letter letter = stored(view, kind).orElseGet(() -> {
      issue(view);
      return stored(view, kind).orElseThrow();
    });
    audit.record(AuditRecord.success("DECISION_LETTER_READ", "CASE", id, view.office().value()));
    return letter;
  }

  /** Renders and archives the letter of the decision this view shows notified, unless it was issued already. */
  void issue(CaseView view) {
    Kind kind = kindOf(view).orElseThrow(() -> new IllegalStateException("no notified decision to issue"));
    String language = language(view);
    CaseEvent signed = view.history().stream()
        .filter(e -> e.what() == (kind == Kind.DECISION ? Happened.DECISION_SIGNED : Happened.STATUS_ENDING_NOTIFIED))
        .reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("a notified decision without its signature"));
    Command command = kind == Kind.DECISION ? Command.SIGN_DECISION : Command.DECIDE_STATUS_ENDING;
    Role function = command.roles().stream()
        .filter(role -> users.holds(signed.by(), role, view.office()))
        .findFirst()
        .orElse(command.roles().iterator().next());
    Office office = offices.find(view.office()).orElseThrow(() -> new NotFound("office"));
    Map<String, Object> values = new HashMap<>();
    values.put("view", view);
    values.put("ending", kind == Kind.STATUS_ENDING);
    values.put("office", office);
    values.put("officeName", offices.nameIn(office.id(), language));
    values.put("principal", persons.summaries(List.of(view.principal())).stream().findFirst().orElse(null));
    values.put("signer", users.signatureName(signed.by()));
    values.put("function", function.name());
    values.put("language", language);
    byte[] bytes = pdf.render("letters/decision", Locale.forLanguageTag(language), values);
    UUID letter = UUID.randomUUID();
    int inserted = jdbc.sql("INSERT INTO case_letter (id, case_id, office_id, kind, language, issued_at, sha256, pdf)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
        .params(letter, view.id().value(), view.office().value(), kind.name(), language,
            java.time.OffsetDateTime.ofInstant(clock.instant(), java.time.ZoneOffset.UTC), sha256(bytes),
            vault.seal(view.office(), PDF.place(letter), Base64.getEncoder().encodeToString(bytes)))
        .update();
    if (inserted == 1) {
      audit.record(AuditRecord.success("DECISION_LETTER_ISSUED", "CASE", view.id(), view.office().value()));
    }
  }

  private Optional<Letter> stored(CaseView view, Kind kind) {
    return jdbc.sql("SELECT id, sha256, pdf FROM case_letter WHERE case_id = ? AND kind = ?")
        .params(view.id().value(), kind.name())
        .query((rs, n) -> {
          UUID letter = rs.getObject("id", UUID.class);
          byte[] bytes = Base64.getDecoder().decode(vault.open(view.office(), PDF.place(letter), rs.getString("pdf")));
          String name = view.fileNumber() + (kind == Kind.DECISION ? "-decision" : "-status-ending") + ".pdf";
          return new Letter(name, bytes, rs.getString("sha256"));
        })
        .optional();
  }

  private static Optional<Kind> kindOf(CaseView view) {
    if (view.ending() != null && view.ending().notifiedOn() != null) {
      return Optional.of(Kind.STATUS_ENDING);
    }
    if (view.notifiedOn() != null && view.decision() != null) {
      return Optional.of(Kind.DECISION);
    }
    return Optional.empty();
  }

  /** The decision's notification language if letters are written in it, otherwise English. */
  private static String language(CaseView view) {
    String asked = view.decision() == null ? null : view.decision().notificationLanguage();
    return asked != null && LANGUAGES.contains(asked) ? asked : "en";
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
