package org.sanctuary.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanctuary.identity.linkage.Linkage;
import org.sanctuary.identity.linkage.PersonRecords;

/**
 * The person linkage on synthetic Korean records (SyntheticKoreanNames, seed 2002): 1,500 people
 * listed by 2–4 sources each in Hangul, Hanja, RR, MR, DPRK style, practice spellings or pinyin, with
 * typos, swapped order, date errors, and a place of origin given as the county, only the province, or
 * not at all. False links between different people and missed links are reported apart. The target
 * is F1 ≥ 0.95.
 */
class SyntheticLinkageTest {

  @Test
  void koreanNamesInEveryRenderingLinkToF1AtLeast095WithFalseAndMissedLinksApart() {
    List<SyntheticKoreanNames.Listed> listed = new SyntheticKoreanNames(2002).people(1500);
    List<String[]> records = new ArrayList<>();
    for (int i = 0; i < listed.size(); i++) {
      SyntheticKoreanNames.Listed l = listed.get(i);
      records.add(PersonRecords.of(String.valueOf(i), List.of(l.name()), l.bornEarliest(), l.bornLatest(), l.sex(), l.place()));
    }
    Linkage.Result result = new Linkage(PersonRecords.MODEL, 7).run(records);

    Map<Integer, Integer> sizes = new HashMap<>();
    listed.forEach(l -> sizes.merge(l.person(), 1, Integer::sum));
    long truePairs = sizes.values().stream().mapToLong(n -> (long) n * (n - 1) / 2).sum();
    long predicted = 0;
    long correct = 0;
    long blockedTrue = 0;
    for (Linkage.Pair pair : result.pairs()) {
      boolean same = listed.get(pair.first()).person() == listed.get(pair.second()).person();
      blockedTrue += same ? 1 : 0;
      if (pair.probability() >= 0.5) {
        predicted++;
        correct += same ? 1 : 0;
      }
    }
    long falseLinks = predicted - correct;
    long missed = truePairs - correct;
    double precision = correct / (double) predicted;
    double recall = correct / (double) truePairs;
    double f1 = 2 * precision * recall / (precision + recall);
    System.out.printf("Synthetic Korean (seed 2002): %d records of 1500 people, %d true pairs, %d candidate pairs (%d true);"
            + " at p >= 0.5: %d false links, %d missed links, precision %.4f, recall %.4f, F1 %.4f%n",
        records.size(), truePairs, result.pairs().size(), blockedTrue, falseLinks, missed, precision, recall, f1);
    assertThat(f1).isGreaterThanOrEqualTo(0.95);
    assertThat(precision).isGreaterThanOrEqualTo(0.96);
  }
}
