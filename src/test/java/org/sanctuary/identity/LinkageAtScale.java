package org.sanctuary.identity;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sanctuary.identity.linkage.Linkage;
import org.sanctuary.identity.linkage.PersonRecords;

/**
 * Whole-registry linkage at scale (bench/linkage-benchmark.sh): a synthetic population written as a
 * registry and several lists would (SyntheticKoreanNames.population, 2 to 4 records per person), linked
 * with the person model the application runs, keeping the pairs at p ≥ 0.5 as the application does.
 * Prints the wall time of each stage, candidate pairs, comparisons per second per core, and the peak
 * heap; and, in the same run, a bare reference: sorting as many random longs as there were candidate
 * pairs. Arguments: the number of records (default 1,000,000).
 */
public final class LinkageAtScale {

  private LinkageAtScale() {}

  public static void main(String[] args) {
    int wanted = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    long start = System.nanoTime();
    List<SyntheticKoreanNames.Listed> listed = SyntheticKoreanNames.population(2002).people(wanted / 3);
    List<String[]> records = new ArrayList<>(listed.size());
    for (int i = 0; i < listed.size(); i++) {
      SyntheticKoreanNames.Listed l = listed.get(i);
      records.add(PersonRecords.of(String.valueOf(i), List.of(l.name()), l.bornEarliest(), l.bornLatest(), l.sex(), l.place()));
    }
    listed = null;
    System.out.printf("records: %,d made with their name keys in %.1f s%n", records.size(), seconds(start));
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    int cores = Runtime.getRuntime().availableProcessors();

    long began = System.nanoTime();
    long[] stageStarted = {began};
    String[] stage = {"START"};
    // Progress comes from every core at once: one stage change is printed once.
    Linkage.Result result = new Linkage(PersonRecords.MODEL, 20021).run(records, (at, done, of) -> {
      synchronized (stage) {
        if (!at.name().equals(stage[0])) {
          System.out.printf("  %-10s %6.1f s%n", stage[0], (System.nanoTime() - stageStarted[0]) / 1e9);
          stage[0] = at.name();
          stageStarted[0] = System.nanoTime();
        }
      }
    }, 0.5);
    System.out.printf("  %-10s %6.1f s%n", stage[0], (System.nanoTime() - stageStarted[0]) / 1e9);
    double wall = seconds(began);
    long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    System.out.printf("linkage of %,d records: %.1f s wall on %d cores; %,d candidate pairs (%,d blocks skipped as larger"
            + " than %d); %,d pairs kept at p >= 0.5; %,.0f comparisons per second per core; peak heap %,d MiB%n",
        records.size(), wall, cores, result.candidates(), result.skippedBlocks(), PersonRecords.MODEL.largestBlock(),
        result.pairs().size(), result.candidates() / wall / cores, peak >> 20);

    long[] bare = new Random(1).longs(Math.max(1, result.candidates())).toArray();
    long sortStarted = System.nanoTime();
    java.util.Arrays.parallelSort(bare);
    System.out.printf("bare reference: sorting %,d random longs on %d cores: %.1f s%n", bare.length, cores, seconds(sortStarted));
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
