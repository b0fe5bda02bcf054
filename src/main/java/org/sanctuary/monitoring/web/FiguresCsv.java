package org.sanctuary.monitoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.figures.MonitoringFigures;
import org.sanctuary.monitoring.SpreadsheetCells;

/**
 * Monitoring figures as a CSV table: one row per part and group, minimum and maximum in their own
 * columns. The part says whether the events lie wholly in the period ("within") or only overlap it
 * ("overlapping"); on the timeline, whether they lie wholly in the month or year ("within") or only
 * overlap it ("spanning").
 */
final class FiguresCsv {

  private FiguresCsv() {}

  static String write(MonitoringFigures figures) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader("part", "group", "key", "events", "victims_min", "victims_max", "events_without_number").get())) {
      part(csv, "within", figures.within());
      part(csv, "overlapping", figures.overlapping());
      String step = figures.timeline().step().name().toLowerCase(java.util.Locale.ROOT);
      for (MonitoringFigures.Bucket bucket : figures.timeline().buckets()) {
        row(csv, "within", step, bucket.within());
        row(csv, "spanning", step, bucket.spanning());
      }
      // The persons named, as records and as people: a count of victims, exact, in both bounds.
      MonitoringFigures.NamedPeople named = figures.named();
      for (String key : java.util.List.of("mentions", "people")) {
        Integer count = named.suppressed() ? null : key.equals("mentions") ? named.mentions() : named.people();
        csv.printRecord(SpreadsheetCells.row("all", "named_people", key, "", count == null ? SUPPRESSED : count,
            count == null ? SUPPRESSED : count, ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void part(CSVPrinter csv, String part, MonitoringFigures.Part figures) throws IOException {
    row(csv, part, "total", figures.total());
    for (MonitoringFigures.Total t : figures.byVerification()) {
      row(csv, part, "verification", t);
    }
    for (MonitoringFigures.Total t : figures.byPlace()) {
      row(csv, part, "place", t);
    }
    for (MonitoringFigures.Total t : figures.byActType()) {
      row(csv, part, "act_type", t);
    }
    for (MonitoringFigures.Total t : figures.bySex()) {
      row(csv, part, "sex", t);
    }
    for (MonitoringFigures.Total t : figures.byAgeBand()) {
      row(csv, part, "age_band", t);
    }
  }

  private static void row(CSVPrinter csv, String part, String group, MonitoringFigures.Total t) throws IOException {
    if (t.suppressed()) {
      csv.printRecord(SpreadsheetCells.row(part, group, t.key(), SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED));
    } else {
      csv.printRecord(SpreadsheetCells.row(part, group, t.key(), t.events(), bound(t.minVictims()), bound(t.maxVictims()),
          t.eventsWithoutNumber()));
    }
  }

  /** A count from 1 to 4 that the reader may not see. */
  private static final String SUPPRESSED = "suppressed";

  private static String bound(@Nullable Long value) {
    return value == null ? "unknown" : value.toString();
  }
}
