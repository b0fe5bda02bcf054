package org.sanctuary.monitoring.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.sanctuary.monitoring.estimates.ListOverlaps;
import org.sanctuary.monitoring.SpreadsheetCells;

/**
 * A saved estimate as a CSV table, the same as its page: for the answer when saved and the answer now,
 * the people, each combination of lists, every method with its interval, the best model at each
 * linkage threshold, and each method's assumption. Never one bare number: every estimate row has its
 * interval beside it.
 */
final class EstimatesCsv {

  private EstimatesCsv() {}

  static String write(ListOverlaps.Saved saved) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
        .setHeader("answer", "row", "what", "value", "lower", "upper", "aic", "bic").get())) {
      csv.printRecord(SpreadsheetCells.row("saved", "title", saved.summary().title(), "", "", "", "", ""));
      csv.printRecord(SpreadsheetCells.row("saved", "saved", saved.summary().savedBy(), saved.summary().savedAt(), "", "", "", ""));
      answer(csv, "then", saved.then());
      answer(csv, "now", saved.now());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void answer(CSVPrinter csv, String when, ListOverlaps.Estimates e) throws IOException {
    for (ListOverlaps.ListSize list : e.lists()) {
      csv.printRecord(SpreadsheetCells.row(when, "list", list.letter() + " " + list.reference(), list.named(), "", "", "", ""));
    }
    csv.printRecord(when, "records", "", e.records(), "", "", "", "");
    csv.printRecord(when, "people", "", e.people(), "", "", "", "");
    csv.printRecord(when, "undecided_pairs", "", e.undecidedPairs(), "", "", "", "");
    for (ListOverlaps.Cell cell : e.cells()) {
      csv.printRecord(when, "on_exactly", String.join(" ", cell.lists()), cell.people(), "", "", "", "");
    }
    if (e.latentClasses() != null) {
      ListOverlaps.Posterior p = e.latentClasses();
      csv.printRecord(when, "latent_classes", "seed " + p.seed() + ", " + p.classes() + " classes", p.median(), p.lower(), p.upper(), "", "");
    }
    for (ListOverlaps.ModelEstimate m : e.models()) {
      csv.printRecord(when, "log_linear", m.formula(), m.estimate(), m.lower(), m.upper(), m.aic(), m.bic());
    }
    for (ListOverlaps.PairEstimate p : e.pairs()) {
      csv.printRecord(when, "chapman", String.join(" ", p.lists()), p.estimate(), p.lower(), p.upper(), "", "");
    }
    if (e.chao() != null) {
      csv.printRecord(when, "chao_lower_bound", "bias-corrected", e.chao().biasCorrected(), e.chao().biasCorrected(), "", "", "");
    }
    for (ListOverlaps.AtThreshold t : e.thresholds()) {
      String linkage = t.threshold() == null ? "confirmed links only" : "undecided pairs of probability >= " + t.threshold();
      if (t.best() == null) {
        csv.printRecord(when, "at_threshold", linkage + "; people " + t.people(), "", "", "", "", "");
      } else {
        csv.printRecord(when, "at_threshold", linkage + "; people " + t.people() + "; " + t.best().formula(), t.best().estimate(),
            t.best().lower(), t.best().upper(), t.best().aic(), t.best().bic());
      }
    }
    for (var assumption : new java.util.TreeMap<>(e.assumptions()).entrySet()) {
      csv.printRecord(SpreadsheetCells.row(when, "assumption", assumption.getKey(), assumption.getValue(), "", "", "", ""));
    }
  }
}
