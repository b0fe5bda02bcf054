package org.sanctuary.audit;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * JMH: hashing one audit entry, paid on every append and on every entry when the chain is verified
 * (1,000,000 entries × this cost is the CPU floor of a full verification).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AuditHashBenchmark {

  private final AuditEntry entry =
      new AuditEntry(
          123_456L,
          Instant.parse("2002-06-13T09:30:00.123456Z"),
          "eligibility_officer",
          UUID.randomUUID(),
          "PERSON_READ",
          "PERSON",
          UUID.randomUUID().toString(),
          Outcome.SUCCESS,
          null,
          null,
          "5".repeat(64),
          null,
          null,
          null);

  @Benchmark
  public String hashOneEntry() {
    return AuditTrail.hash(entry.chainForm(123_456L, "0".repeat(64)));
  }
}
