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

  @Test
  void anAppealKeptAsThreeFieldsOfTheCaseIsReadAsItsOwnRecord() throws IOException {
    // The shape of version 2: the appeal's id, assignee and lateness as fields of the case.
    tools.jackson.databind.node.ObjectNode v2 =
        (tools.jackson.databind.node.ObjectNode) json.readTree(read("/snapshots/case-v1-rejection-notified.json"));
    v2.put("schemaVersion", 2);
    v2.put("state", "FINAL_NEGATIVE");
    v2.put("appeal", "33333333-4444-4555-8666-777777777777");
    v2.put("appealAssignee", "appeal-park");
    v2.put("appealLate", true);
    tools.jackson.databind.node.ArrayNode history = (tools.jackson.databind.node.ArrayNode) v2.get("history");
    history.addObject().put("what", "AppealLodged").put("on", "2002-09-01").put("by", "registrar")
        .put("state", "APPEAL_LODGED").put("detail", "late: decide on flexibility");
    history.addObject().put("what", "AppealAssigned").put("on", "2002-09-03").put("by", "supervisor-lee")
        .put("state", "APPEAL_UNDER_CONSIDERATION").put("detail", "appeal-park");
    history.addObject().put("what", "AppealDecided").put("on", "2002-10-20").put("by", "appeal-park")
        .put("state", "FINAL_NEGATIVE").put("detail", "DISMISSED: The contradictions stand: the route changed.");

    Case restored = Case.restore(Cases.upcast(json, json.writeValueAsString(v2)));

    assertThat(restored.appeals()).containsExactly(new Case.Appeal(
        java.util.UUID.fromString("33333333-4444-4555-8666-777777777777"), Case.Appeal.Against.REFUSAL, LocalDate.of(2002, 9, 1),
        true, "appeal-park", Case.AppealOutcome.DISMISSED, "The contradictions stand: the route changed.", LocalDate.of(2002, 10, 20)));
    assertThat(restored.state()).isEqualTo(ClaimState.FINAL_NEGATIVE);
  }

  private static String read(String resource) throws IOException {
    try (InputStream in = CaseSnapshotUpcastTest.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
