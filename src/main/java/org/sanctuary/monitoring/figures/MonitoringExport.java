package org.sanctuary.monitoring.figures;


import org.sanctuary.monitoring.SpreadsheetCells;
import org.sanctuary.monitoring.scope.TeamScope;
import org.sanctuary.monitoring.events.EventCount;
import org.sanctuary.monitoring.events.Events;
import org.sanctuary.monitoring.events.MonitoringEvent;
import org.sanctuary.monitoring.reports.SourceReport;
import org.sanctuary.monitoring.reports.SourceReports;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.AccessPolicy;
import org.sanctuary.access.Actor;
import org.sanctuary.access.Permission;
import org.sanctuary.audit.AuditRecord;
import org.sanctuary.audit.AuditTrail;
import org.sanctuary.registry.PersonDirectory;
import org.sanctuary.registry.PersonId;
import org.sanctuary.registry.PersonSummary;
import org.sanctuary.shared.CountClaim;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports events with their acts, counts and sources, as JSON or CSV, loaded a table at a time. Sources and victims are
 * pseudonymised (a code that is stable within one export and says nothing across exports) unless
 * the exporter may see source identities in the report's team and recorded a purpose. Every export
 * is kept with its purpose and audited.
 */
@Service
public class MonitoringExport {

  /** One event as exported. */
  public record ExportedEvent(
      UUID id, String title, String date, @Nullable String place, MonitoringEvent.Verification verification,
      @Nullable CountClaim count, List<ExportedAct> acts, List<ExportedSource> sources) {}

  public record ExportedAct(String actType, String victim, @Nullable String victimCount, List<MonitoringEvent.Involvement> involvements) {}

  /**
   * A source of the event: its report, its grades, the counts it gave, the parts it broke them into
   * (by sex and age band), and who it is (or a pseudonym).
   */
  public record ExportedSource(
      String report, SourceReport.SourceType sourceType, String source, MonitoringEvent.@Nullable Connection connection,
      @Nullable String reliability, @Nullable Integer credibility, List<String> counts, List<ExportedPart> parts) {}

  /** Part of a count as its report gave it: of which count, of which sex and age band (null: any), how many. */
  public record ExportedPart(
      String count, org.sanctuary.registry.Sex sex, org.sanctuary.shared.@Nullable AgeBand ageBand, String part) {}

  public record Export(UUID id, boolean identitiesIncluded, @Nullable String purpose, List<ExportedEvent> events) {}

  private final FigureRows rows;
  private final AccessPolicy access;
  private final Events events;
  private final PersonDirectory persons;
  private final AuditTrail audit;
  private final Clock clock;
  private final org.sanctuary.vault.Vault vault;

  MonitoringExport(FigureRows rows, AccessPolicy access, Events events, PersonDirectory persons, AuditTrail audit, Clock clock,
      org.sanctuary.vault.Vault vault) {
    this.vault = vault;
    this.rows = rows;
    this.access = access;
    this.events = events;
    this.persons = persons;
    this.audit = audit;
    this.clock = clock;
  }

  /** What an export was: its id, whether identities went with it, the purpose given, how many events. */
  public record Summary(UUID id, boolean identitiesIncluded, @Nullable String purpose, int events) {}

  /** The whole export, held in memory: for callers that want the events as a list. */
  @Transactional
  public Export export(@Nullable String purpose) {
    List<ExportedEvent> exported = new ArrayList<>();
    Summary summary = export(purpose, exported::add);
    return new Export(summary.id(), summary.identitiesIncluded(), summary.purpose(), exported);
  }

  /**
   * Exports every event of the exporter's teams to the sink, one at a time, read a chunk of events at
   * a time: memory stays that of one chunk however large the record. Recorded and audited at the end,
   * with whether identities went out.
   */
  @Transactional
  public Summary export(@Nullable String purpose, java.util.function.Consumer<ExportedEvent> sink) {
    Actor actor = access.requireAnywhere(Permission.MONITORING_EXPORT);
    boolean purposeGiven = purpose != null && !purpose.isBlank();
    UUID id = UUID.randomUUID();
    TeamScope scope = TeamScope.of(access, Permission.MONITORING_EXPORT);
    boolean[] identities = {false};
    int[] count = {0};
    events.forEachChunk(scope, chunk -> {
      Map<UUID, FigureRows.SourceRow> sources = rows.sources(chunk.stream()
          .flatMap(e -> java.util.stream.Stream.concat(e.information().stream().map(MonitoringEvent.Information::report),
              e.claims().stream().map(MonitoringEvent.Claim::report)))
          .distinct().toList());
      // Victims are named only where the exporter may see identities in the event's team, and gave a purpose.
      List<PersonId> nameable = chunk.stream()
          .filter(e -> purposeGiven && actor.may(Permission.SOURCE_IDENTITY_READ, e.office()))
          .flatMap(e -> e.acts().stream().map(MonitoringEvent.Act::victimPerson).filter(java.util.Objects::nonNull))
          .distinct().map(PersonId::new).toList();
      Map<PersonId, PersonSummary> names = new LinkedHashMap<>();
      if (!nameable.isEmpty()) {
        persons.summaries(nameable).forEach(p -> names.put(p.id(), p));
      }
      identities[0] |= !names.isEmpty();
      for (MonitoringEvent event : chunk) {
        sink.accept(exported(id, event, actor, purposeGiven, names, sources, identities));
        count[0]++;
      }
    });
    rows.recordExport(id, actor.username(), OffsetDateTime.now(clock), purposeGiven ? purpose.strip() : null, identities[0], count[0]);
    audit.record(AuditRecord.success(identities[0] ? "MONITORING_EXPORTED_WITH_IDENTITIES" : "MONITORING_EXPORTED", "EXPORT", id, null));
    return new Summary(id, identities[0], purposeGiven ? purpose.strip() : null, count[0]);
  }

  /** One event as it leaves: victims and sources named or pseudonymised, its count as EventCount reckons it. */
  private ExportedEvent exported(UUID id, MonitoringEvent event, Actor actor, boolean purposeGiven, Map<PersonId, PersonSummary> names,
      Map<UUID, FigureRows.SourceRow> sources, boolean[] identities) {
    boolean victimsNamed = purposeGiven && actor.may(Permission.SOURCE_IDENTITY_READ, event.office());
    List<ExportedAct> acts = event.acts().stream().map(a -> new ExportedAct(a.actType(),
        a.victimPerson() == null ? a.victimGroup()
            : victimsNamed && names.containsKey(new PersonId(a.victimPerson())) ? names.get(new PersonId(a.victimPerson())).primaryName()
            : pseudonym(id, "V", a.victimPerson()),
        a.victimCount() == null ? null : a.victimCount().count().text(), a.involvements())).toList();
    java.util.Set<UUID> reportIds = new java.util.LinkedHashSet<>();
    event.information().forEach(i -> reportIds.add(i.report()));
    event.claims().forEach(c -> reportIds.add(c.report()));
    List<ExportedSource> exportedSources = new ArrayList<>();
    for (UUID reportId : reportIds) {
      FigureRows.SourceRow source = sources.get(reportId);
      boolean named = purposeGiven && source.identity() != null && actor.may(Permission.SOURCE_IDENTITY_READ, source.office());
      identities[0] |= named;
      String identity = named ? vault.open(source.office(), SourceReports.SOURCE_IDENTITY.place(reportId), source.identity()) : null;
      MonitoringEvent.Information info = event.information().stream().filter(i -> i.report().equals(reportId)).findFirst().orElse(null);
      exportedSources.add(new ExportedSource(source.reference(), source.type(),
          named ? identity : pseudonym(id, "S", reportId), info == null ? null : info.connection(),
          info == null ? null : String.valueOf(info.reliability()), info == null ? null : info.credibility(),
          event.claims().stream().filter(c -> c.report().equals(reportId)).map(c -> c.count().text()).toList(),
          event.claims().stream().filter(c -> c.report().equals(reportId))
              .flatMap(c -> event.partsOf(c.id()).stream().map(p -> new ExportedPart(c.count().text(), p.sex(), p.ageBand(),
                  p.count().text())))
              .toList()));
    }
    exportedSources.sort(java.util.Comparator.comparing(ExportedSource::report));
    CountClaim count = EventCount.of(event.claims(), event.envelopeClaim(), event.acts().stream()
        .map(a -> new EventCount.CountedAct(a.actType(), a.victimCount() == null ? null : a.victimCount().id(), a.victimPerson()))
        .toList()).whole();
    return new ExportedEvent(event.id(), event.title(), event.date().text(), event.place(), event.verification(), count,
        acts, exportedSources);
  }

  /** The same export as CSV: one line per event and source, ranges as two columns, never one number. */
  public static String csv(Export export) {
    StringWriter out = new StringWriter();
    try (Csv csv = new Csv(out)) {
      export.events().forEach(csv);
    }
    return out.toString();
  }

  /** An export written as CSV as its events come, one line per event and source. */
  public static final class Csv implements java.util.function.Consumer<ExportedEvent>, AutoCloseable {

    private final CSVPrinter csv;

    public Csv(java.io.Writer out) {
      try {
        csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader("event_id", "title", "date", "place",
            "verification", "victims_min", "victims_max", "victims_as_reported", "act_types", "report", "source_type", "source",
            "connection", "reliability", "credibility", "counts_in_report", "count_parts").get());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void accept(ExportedEvent event) {
      try {
        String acts = String.join(" ", event.acts().stream().map(ExportedAct::actType).distinct().toList());
        List<ExportedSource> sources = event.sources().isEmpty() ? java.util.Collections.singletonList(null) : event.sources();
        for (ExportedSource source : sources) {
          csv.printRecord(SpreadsheetCells.row(event.id(), event.title(), event.date(), event.place(), event.verification(),
              bound(event.count() == null ? null : event.count().min()), bound(event.count() == null ? null : event.count().max()),
              event.count() == null ? "" : event.count().text(), acts,
              source == null ? "" : source.report(), source == null ? "" : source.sourceType(), source == null ? "" : source.source(),
              source == null || source.connection() == null ? "" : source.connection(), source == null ? "" : source.reliability(),
              source == null ? "" : source.credibility(), source == null ? "" : String.join("; ", source.counts()),
              source == null ? "" : String.join("; ", source.parts().stream().map(p -> p.count() + ": "
                  + (p.sex() == org.sanctuary.registry.Sex.UNKNOWN ? "" : p.sex() + " ") + (p.ageBand() == null ? "" : p.ageBand() + " ")
                  + p.part()).toList())));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      try {
        csv.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String bound(@Nullable Long value) {
    return value == null ? "unknown" : value.toString();
  }


  /** A code for a source or a victim that is the same everywhere in one export and unrelated across exports. */
  private static String pseudonym(UUID export, String kind, UUID subject) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest((export + ":" + subject).getBytes(StandardCharsets.UTF_8));
      return kind + "-" + HexFormat.of().formatHex(hash, 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes the export to the output as it is read, as CSV or JSON ({"events": [...], then the export's
   * id, purpose and whether identities went with it, known once every event is out).
   */
  public Summary write(@Nullable String purpose, boolean asCsv, java.io.OutputStream output, tools.jackson.databind.json.JsonMapper json) {
    if (asCsv) {
      java.io.Writer writer = new java.io.OutputStreamWriter(output, java.nio.charset.StandardCharsets.UTF_8);
      try (Csv csv = new Csv(writer)) {
        return export(purpose, csv);
      }
    }
    try (tools.jackson.core.JsonGenerator generator = json.createGenerator(output)) {
      generator.writeStartObject();
      generator.writeName("events");
      generator.writeStartArray();
      Summary summary = export(purpose, generator::writePOJO);
      generator.writeEndArray();
      generator.writeStringProperty("id", summary.id().toString());
      generator.writeBooleanProperty("identitiesIncluded", summary.identitiesIncluded());
      if (summary.purpose() != null) {
        generator.writeStringProperty("purpose", summary.purpose());
      }
      generator.writeEndObject();
      return summary;
    }
  }
}
