package org.sanctuary.monitoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.sanctuary.monitoring.MonitoringFigures;
import org.sanctuary.monitoring.SpreadsheetCells;

/** Monitoring figures as a CSV table: one row per group, minimum and maximum in their own columns. */
final class FiguresCsv {

  private FiguresCsv() {}

  static String write(MonitoringFigures figures) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader("group", "key", "events", "victims_min", "victims_max", "events_without_number").get())) {
      row(csv, "total", figures.total());
      for (MonitoringFigures.Total t : figures.byVerification()) {
        row(csv, "verification", t);
      }
      for (MonitoringFigures.Total t : figures.byMonth()) {
        row(csv, "month", t);
      }
      for (MonitoringFigures.Total t : figures.byPlace()) {
        row(csv, "place", t);
      }
      for (MonitoringFigures.Total t : figures.byActType()) {
        row(csv, "act_type", t);
      }
      // The persons named, as records and as people: a count of victims, exact, in both bounds.
      MonitoringFigures.NamedPeople named = figures.named();
      for (String key : java.util.List.of("mentions", "people")) {
        Integer count = named.suppressed() ? null : key.equals("mentions") ? named.mentions() : named.people();
        csv.printRecord(SpreadsheetCells.row("named_people", key, "", count == null ? SUPPRESSED : count,
            count == null ? SUPPRESSED : count, ""));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void row(CSVPrinter csv, String group, MonitoringFigures.Total t) throws IOException {
    if (t.suppressed()) {
      csv.printRecord(SpreadsheetCells.row(group, t.key(), SUPPRESSED, SUPPRESSED, SUPPRESSED, SUPPRESSED));
    } else {
      csv.printRecord(SpreadsheetCells.row(group, t.key(), t.events(), bound(t.minVictims()), bound(t.maxVictims()),
          t.eventsWithoutNumber()));
    }
  }

  /** A count from 1 to 4 that the reader may not see. */
  private static final String SUPPRESSED = "suppressed";

  private static String bound(@Nullable Long value) {
    return value == null ? "unknown" : value.toString();
  }
}
