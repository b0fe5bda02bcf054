package org.sanctuary.procedure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case stored years ago opens as it was: the checked-in snapshot was written by the application
 * before snapshots carried a version (a rejection notified on 13 July 2002, its draft with a typed
 * appeal deadline of its own), and is read through the upcaster into today's shape.
 */
class CaseSnapshotUpcastTest {

  private final JsonMapper json = JsonMapper.builder().build();

  @Test
  void aSnapshotOfTheFirstShapeRestoresWithItsDeadlineComputedFromTheNotification() throws IOException {
    Case restored = Case.restore(Cases.upcast(json, read("/snapshots/case-v1-rejection-notified.json")));

    assertThat(restored.state()).isEqualTo(ClaimState.REJECTED_NOTIFIED);
    assertThat(restored.fileNumber()).isEqualTo("BJG-2002-00017");
    assertThat(restored.appealDeadline()).isEqualTo(LocalDate.of(2002, 8, 12));
    assertThat(restored.history()).extracting(e -> e.what().label()).containsExactly(
        "IntentRecorded", "Registered", "InformationProvided", "InterviewScheduled", "InterviewRecorded",
        "AssessmentWritten", "DecisionDrafted", "DecisionSigned");
    assertThat(restored.history()).allSatisfy(e -> {
      assertThat(e.recordedOn()).isEqualTo(e.on());
      assertThat(e.late()).isFalse();
    });
    assertThat(restored.mayBeRemoved(true, LocalDate.of(2002, 8, 20)).allowed()).as("inside the grace").isFalse();
  }

  @Test
  void todaysSnapshotCarriesItsVersionAndReadsBackUnchanged() throws IOException {
    Case restored = Case.restore(Cases.upcast(json, read("/snapshots/case-v1-rejection-notified.json")));
    String written = json.writeValueAsString(restored.snapshot());

    assertThat(json.readTree(written).get("schemaVersion").asInt()).isEqualTo(Case.Snapshot.VERSION);
    assertThat(json.readTree(written).get("draft").has("appealDeadline")).isFalse();
    assertThat(Cases.upcast(json, written)).isEqualTo(restored.snapshot());
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = CaseSnapshotUpcastTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
