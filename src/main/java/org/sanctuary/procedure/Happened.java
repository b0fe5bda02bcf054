package org.sanctuary.procedure;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * What can happen on a case, one name per kind of entry in its history. The history, the
 * statistics (which time the stages between entries) and the pages read these, never strings; the
 * label is the entry's stored and published name ({@code IntentRecorded}) and the key of its words
 * on pages ({@code event.IntentRecorded}).
 */
public enum Happened {
  INTENT_RECORDED("IntentRecorded"),
  INDEPENDENT_CLAIM_OPENED("IndependentClaimOpened"),
  INDEPENDENT_CLAIM_LODGED("IndependentClaimLodged"),
  REGISTERED("Registered"),
  INFORMATION_PROVIDED("InformationProvided"),
  GENDER_EXCEPTION_RECORDED("GenderExceptionRecorded"),
  INTERVIEW_SCHEDULED("InterviewScheduled"),
  INTERVIEW_RECORDED("InterviewRecorded"),
  INTERVIEW_RECORD_FINALISED("InterviewRecordFinalised"),
  APPOINTMENT_MISSED("AppointmentMissed"),
  CONTACT_ATTEMPTED("ContactAttempted"),
  ASSESSMENT_WRITTEN("AssessmentWritten"),
  DECISION_DRAFTED("DecisionDrafted"),
  DRAFT_RETURNED("DraftReturned"),
  DECISION_SIGNED("DecisionSigned"),
  DERIVATIVE_GRANTED("DerivativeGranted"),
  DERIVATIVE_REFUSED("DerivativeRefused"),
  APPEAL_LODGED("AppealLodged"),
  APPEAL_ASSIGNED("AppealAssigned"),
  APPEAL_DECIDED("AppealDecided"),
  APPEAL_WINDOW_LAPSED("AppealWindowLapsed"),
  CLAIM_WITHDRAWN("ClaimWithdrawn"),
  CLOSED_AS_ABANDONED("ClosedAsAbandoned"),
  REOPENED("Reopened"),
  PUT_ON_HOLD("PutOnHold"),
  RESUMED("Resumed"),
  REFERRED("Referred"),
  STATUS_ENDING_PROPOSED("StatusEndingProposed"),
  STATUS_ENDING_DROPPED("StatusEndingDropped"),
  STATUS_ENDING_NOTIFIED("StatusEndingNotified");

  private final String label;

  Happened(String label) {
    this.label = label;
  }

  /** The stored and published name. */
  @JsonValue
  public String label() {
    return label;
  }

  @JsonCreator
  public static Happened ofLabel(String label) {
    return Arrays.stream(values())
        .filter(h -> h.label.equals(label))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No case event " + label));
  }

  /**
   * A record kept beside the claim's path (an attempt to reach the applicant, a dependant's own
   * claim), which may be recorded late between other acts: the next act does not follow it.
   */
  public boolean sideRecord() {
    return this == CONTACT_ATTEMPTED || this == INDEPENDENT_CLAIM_LODGED;
  }

  @Override
  public String toString() {
    return label;
  }
}
