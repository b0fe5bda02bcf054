package org.sanctuary.monitoring.reports;

import org.sanctuary.monitoring.places.Gazetteer;
import org.sanctuary.monitoring.rules.MonitoringRules;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.OfficeId;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.registry.GenderPreference;
import org.sanctuary.registry.NameScript;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonDraft;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.Sex;
import org.sanctuary.registry.WhereaboutsDraft;
import org.sanctuary.registry.WhereaboutsStatus;
import org.sanctuary.shared.FieldProblem;
import org.sanctuary.shared.IntervalDate;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.UnreadableValue;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a list of names one source gave (for example the people it reports returned): a dry run
 * reports every row's problems before anything is written; the real run refuses while any row has a
 * problem and otherwise writes every row in one transaction, so that an interrupted run leaves
 * nothing. Each person registered is linked to the report and the row that named them. The dry run
 * also lists the rows that may name someone already on file (a name key in common, no date of birth
 * against); the real run writes them anyway, as mentions for linkage to propose and a person to decide.
 * A report takes one list (LIST_IMPORTED_ONCE): both refuse once its list is imported.
 *
 * <p>Columns (header row required): {@code hangul}, {@code latin} (at least one), {@code sex}
 * (a value of {@link Sex}), {@code born}, {@code nationality}, {@code status} (a whereabouts status),
 * {@code on} (when that status was observed), {@code place} (where it was observed, as said), and
 * {@code origin} (the place of origin: a place of the gazetteer, by any of its names).
 */
@Service
public class ListImport {

  /** Rows a single import may hold. */
  public static final int MAX_ROWS = 20_000;

  /** Rows registered in one step (their references taken at once) before their whereabouts and mentions are written. */
  private static final int REGISTERED_AT_ONCE = 50;

  public record RowProblem(int row, String field, String message,
      @com.fasterxml.jackson.annotation.JsonIgnore org.sanctuary.shared.@Nullable Wording wording) {

    /** A row's field problem, with its words for a page in the reader's language. */
    RowProblem(int row, FieldProblem problem) {
      this(row, problem.field(), problem.message(), problem.wording());
    }

    FieldProblem asField() {
      return new FieldProblem("rows[" + row + "]." + field, message, wording);
    }
  }

  /** A row that may name someone already on file: the references of those persons (the check shows them; the run writes anyway). */
  public record RowKnown(int row, List<String> references, List<UUID> persons) {}

  public record Result(boolean dryRun, int rows, int written, List<RowProblem> problems, List<RowKnown> possiblyKnown) {}

  /** Told after each step of rows written; an exception thrown here stops the run and nothing stays written. */
  @FunctionalInterface
  public interface Progress {
    void written(int rows, int of);

    Progress NONE = (rows, of) -> { };
  }

  private record Row(int number, PersonDraft person, @Nullable WhereaboutsDraft whereabouts) {}

  private record Parsed(List<Row> rows, int total) {}

  private final ReportRows reportRows;
  private final AccessPolicy access;
  private final PersonDirectory persons;
  private final SourceReports reports;
  private final AuditTrail audit;
  private final Gazetteer gazetteer;
  private final ImportPace pace;

  ListImport(ReportRows reportRows, AccessPolicy access, PersonDirectory persons, SourceReports reports, AuditTrail audit,
      Gazetteer gazetteer, ImportPace pace) {
    this.gazetteer = gazetteer;
    this.pace = pace;
    this.reportRows = reportRows;
    this.access = access;
    this.persons = persons;
    this.reports = reports;
    this.audit = audit;
  }

  /**
   * Checks every row and writes no row; the look-up of who may already be on file is audited, so
   * the transaction is not read-only.
   */
  @Transactional
  public Result dryRun(UUID report, String csv) {
    OfficeId office = officeOf(report);
    access.require(Permission.MONITORING_RECORD, office);
    takesAList(report);
    List<RowProblem> problems = new ArrayList<>();
    Parsed parsed = read(csv, problems);
    // Before anything is written: the rows that may name someone already on file, with who.
    List<List<PersonDirectory.KnownAs>> known = persons.possiblyKnownAmong(parsed.rows().stream().map(Row::person).toList());
    List<RowKnown> possiblyKnown = new ArrayList<>();
    for (int i = 0; i < known.size(); i++) {
      if (!known.get(i).isEmpty()) {
        possiblyKnown.add(new RowKnown(parsed.rows().get(i).number(),
            known.get(i).stream().map(PersonDirectory.KnownAs::reference).toList(),
            known.get(i).stream().map(k -> k.person().value()).toList()));
      }
    }
    return new Result(true, parsed.total(), 0, problems, possiblyKnown);
  }

  /**
   * Writes every row in one transaction, or nothing if any row has a problem (listed as field errors),
   * in steps of 50 rows with a rest between them ({@link ImportPace}).
   */
  @Transactional
  public Result run(UUID report, String csv, Progress progress) {
    OfficeId office = officeOf(report);
    access.require(Permission.MONITORING_RECORD, office);
    takesAList(report);
    List<RowProblem> problems = new ArrayList<>();
    List<Row> rows = read(csv, problems).rows();
    if (!problems.isEmpty()) {
      throw new ValidationFailed(problems.stream()
          .map(RowProblem::asField).toList());
    }
    int written = 0;
    for (int from = 0; from < rows.size(); from += REGISTERED_AT_ONCE) {
      long started = pace.stepStarts();
      List<Row> part = rows.subList(from, Math.min(rows.size(), from + REGISTERED_AT_ONCE));
      // A list names mentions: the same person on several lists is linked by review, never merged or held back.
      List<PersonId> registered = persons.registerMentions(office, part.stream().map(Row::person).toList());
      List<ReportRows.Mention> mentions = new ArrayList<>(part.size());
      for (int i = 0; i < part.size(); i++) {
        Row row = part.get(i);
        if (row.whereabouts() != null) {
          persons.recordWhereabouts(registered.get(i), row.whereabouts());
        }
        mentions.add(new ReportRows.Mention(registered.get(i), row.number()));
      }
      reportRows.mention(report, mentions);
      written += part.size();
      progress.written(written, rows.size());
      if (written < rows.size()) {
        pace.restAfter(started); // leaves the cores to other users' requests between steps (ImportPace)
      }
    }
    audit.record(AuditRecord.success("LIST_IMPORTED", SourceReports.SUBJECT, report, office.value()));
    return new Result(false, rows.size(), written, List.of(), List.of());
  }

  /** Whether the report's list was imported already, so that no second is offered (LIST_IMPORTED_ONCE). */
  @Transactional(readOnly = true)
  public boolean imported(UUID report) {
    officeOf(report);
    return reportRows.listImported(report);
  }

  /** Refuses, as a run would, a report whose list was imported already (LIST_IMPORTED_ONCE); a page says why. */
  @Transactional(readOnly = true)
  public void requireImportable(UUID report) {
    officeOf(report);
    takesAList(report);
  }

  private void takesAList(UUID report) {
    MonitoringRules.listImportedOnce(reportRows.listImported(report));
  }

  private OfficeId officeOf(UUID report) {
    return reports.visible(report).map(SourceReport::office).orElseThrow(() -> new NotFound("report"));
  }

  private Parsed read(String csv, List<RowProblem> problems) {
    List<Row> rows = new ArrayList<>();
    Map<String, java.util.Optional<UUID>> origins = new java.util.HashMap<>();
    int number = 0;
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
        .setTrim(true).setAllowMissingColumnNames(false).get();
    try (CSVParser parser = CSVParser.parse(new StringReader(csv), format)) {
      Set<String> header = Set.copyOf(parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
      if (!header.contains("sex") || (!header.contains("hangul") && !header.contains("latin"))) {
        throw ValidationFailed.of("csv", "the header needs sex and hangul or latin");
      }
      for (CSVRecord record : parser) {
        number++;
        if (number > MAX_ROWS) {
          throw ValidationFailed.of("csv", "at most {0} rows in one import", MAX_ROWS);
        }
        Row row = row(number, record, problems, origins);
        if (row != null) {
          rows.add(row);
        }
      }
      return new Parsed(rows, number);
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw ValidationFailed.of("csv", "is not readable CSV: " + e.getMessage());
    }
  }

  private @Nullable Row row(
      int number, CSVRecord record, List<RowProblem> problems, Map<String, java.util.Optional<UUID>> origins) {
    int before = problems.size();
    String hangul = value(record, "hangul");
    String latin = value(record, "latin");
    List<PersonDraft.NameDraft> names = new ArrayList<>();
    if (hangul != null) {
      names.add(new PersonDraft.NameDraft(NameScript.HANGUL, hangul, true));
    }
    if (latin != null) {
      names.add(new PersonDraft.NameDraft(NameScript.LATIN_OTHER, latin, hangul == null));
    }
    if (names.isEmpty()) {
      problems.add(new RowProblem(number, new FieldProblem("name", "give the name in hangul or latin")));
    }
    Sex sex = null;
    String sexText = value(record, "sex");
    try {
      sex = sexText == null ? null : Sex.valueOf(sexText.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      problems.add(new RowProblem(number,
          FieldProblem.of("sex", "\"{0}\" is not one of {1}", sexText, java.util.Arrays.toString(Sex.values()))));
    }
    if (sexText == null) {
      problems.add(new RowProblem(number, new FieldProblem("sex", "is required")));
    }
    String nationality = value(record, "nationality");
    // A list names the same few places again and again: each name is looked up once per list.
    String originName = value(record, "origin");
    UUID origin = null;
    if (originName != null) {
      origin = origins.computeIfAbsent(originName.strip().toLowerCase(Locale.ROOT), gazetteer::find).orElse(null);
      if (origin == null) {
        problems.add(new RowProblem(number, FieldProblem.of("origin", "\"{0}\" is not a place of the gazetteer", originName)));
      }
    }
    PersonDraft draft = new PersonDraft(names, sex, value(record, "born"), nationality == null ? List.of() : List.of(nationality),
        List.of(), List.of(), null, GenderPreference.NONE, GenderPreference.NONE, Set.of(), origin == null ? null : origin.toString());
    if (!names.isEmpty() && sex != null) {
      for (FieldProblem problem : persons.check(draft)) {
        problems.add(new RowProblem(number, problem));
      }
    }
    WhereaboutsDraft whereabouts = null;
    String status = value(record, "status");
    if (status != null) {
      try {
        WhereaboutsStatus parsed = WhereaboutsStatus.valueOf(status.toUpperCase(Locale.ROOT));
        String on = value(record, "on");
        if (on == null) {
          problems.add(new RowProblem(number, new FieldProblem("on", "say when the status was observed")));
        } else {
          IntervalDate.parse(on);
        }
        whereabouts = new WhereaboutsDraft(parsed, on, value(record, "place"), null, "Imported list");
      } catch (IllegalArgumentException e) {
        problems.add(new RowProblem(number, FieldProblem.of("status", "\"{0}\" is not a whereabouts status", status)));
      } catch (UnreadableValue e) {
        problems.add(new RowProblem(number, FieldProblem.unreadable("on", e)));
      }
    }
    return problems.size() == before ? new Row(number, draft, whereabouts) : null;
  }

  private static @Nullable String value(CSVRecord record, String column) {
    if (!record.isMapped(column) || !record.isSet(column)) {
      return null;
    }
    String value = record.get(column);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
