package org.sanctuary.procedure;

/**
 * The reason codes of procedure.md §4: why a command was refused. Each is enforced by exactly one
 * guard, and the same code appears in the problem document, the page, the audit entry and the test
 * name. docs/reason-codes.md is generated from this list.
 */
public enum ReasonCode {
  PENDING_CLAIM_NON_REFOULEMENT(
      "A removal, return, handover or transfer to the country of origin is refused unless the claim is"
          + " final-negative, withdrawn or status-ended, the appeal window plus grace has passed with no"
          + " appeal or reopening pending, and a risk assessment is attached. A recognised refugee:"
          + " never.",
      "Refugee Convention Art 33; ExCom 8(e); PS §7"),
  INFO_NOT_PROVIDED(
      "No interview before the information pack was delivered in a language the applicant understands.",
      "PS §3.1.3"),
  NO_INTERPRETER(
      "No interview without an interpreter for the applicant's language, unless the interviewer shares it.",
      "PS §2.5.1"),
  GENDER_PREFERENCE(
      "A recorded same-gender request binds interviewer and interpreter unless a supervisor records an"
          + " exception with a reason.",
      "PS §2.5.1, §3.1.3"),
  CONFLICT_REP_AS_INTERPRETER(
      "The applicant's legal representative cannot be the interpreter.", "PS §2.5.2"),
  NO_GUARDIAN(
      "An unaccompanied or separated child cannot be interviewed, nor withdraw, without an appointed"
          + " guardian or representative, who attends the interview.",
      "UNHCR 1997 guidelines on unaccompanied children; APD Art 25"),
  TRAINED_INTERVIEWER_REQUIRED(
      "A survivor of torture is interviewed only by an officer with trauma training.", "PS §4.6.3"),
  NO_PERSONAL_INTERVIEW(
      "No first-instance negative decision on a principal applicant without a finalised interview, even"
          + " for manifestly unfounded claims.",
      "PS §4.3.1; ExCom 30"),
  INTERVIEW_RECORD_NOT_FINALISED(
      "No decision before the interview record was read back and confirmed, or the applicant's refusal"
          + " was recorded with reasons.",
      "PS §4.3; APR Art 14"),
  INCOMPLETE_ASSESSMENT(
      "Recognition needs every inclusion element positive, at least one Convention ground and an"
          + " exclusion assessment; rejection needs at least one failed element with reasons.",
      "Refugee Convention Art 1A(2); PS Unit 4"),
  MISSING_SUR_PLACE_ANALYSIS(
      "A claim from the DPRK with irregular exit cannot be decided with the sur place / illegal-exit"
          + " section empty.",
      "UNHCR Handbook ¶61, ¶94–96"),
  EXCLUSION_REQUIRES_REGULAR_PROCEDURE(
      "Exclusion is never decided in the accelerated or simplified modality, and always needs supervisor"
          + " sign-off.",
      "PS Unit 4; Refugee Convention Art 1F"),
  INCOMPLETE_REASONS(
      "A negative decision needs reason categories, an individual explanation, the legal basis, appeal"
          + " instructions, the deadline and the notification language; the refusal lists what is"
          + " missing.",
      "PS §6.4; APD Art 11"),
  SEPARATE_DECISION_REQUIRED(
      "A dependant with a sensitive claim (e.g. gender-based) gets a separate decision, notified to them"
          + " alone.",
      "APD Art 11(3)"),
  BELOW_LEGAL_MINIMUM(
      "A jurisdiction profile's periods cannot be set below the legal floor (UNHCR profile: appeal at"
          + " least 30 days).",
      "PS §7.2"),
  CONFLICT_FIRST_INSTANCE_ACTOR(
      "The appeal, and a remitted re-assessment, cannot be assigned to anyone who interviewed, assessed,"
          + " drafted, signed or reviewed at first instance.",
      "PS §7.1.1"),
  APPEAL_OUT_OF_TIME(
      "An appeal after the deadline plus the 6-week grace is refused; within the grace it is accepted"
          + " with a task to decide on flexibility.",
      "PS §7.2"),
  CLOSURE_TOO_EARLY(
      "A no-show file closes only 6 weeks after the missed appointment, with at least one recorded"
          + " contact attempt.",
      "PS §9.1"),
  PROHIBITED_RECIPIENT(
      "Nothing about an applicant, not even that a claim exists, goes to a country-of-origin authority"
          + " or an alleged persecutor.",
      "APR Art 7(2); PS §2.1"),
  DERIVATIVE_INELIGIBLE(
      "No derivative status for a member with an exclusion flag or the host country's nationality.",
      "UNHCR Handbook ¶184; PS Unit 5"),
  STATUS_ENDING_UNREASONED(
      "Cancellation, cessation and revocation each name the provision relied on (cancellation: facts that"
          + " would have excluded the person or a material misrepresentation at determination; cessation:"
          + " Art 1C(1)-(6); revocation: Art 1F(a) or (c) after recognition) and give individual reasons.",
      "Refugee Convention Art 1C, 1F; UNHCR Note on Cancellation of Refugee Status (2004); Handbook ¶111-139"),
  DETERMINATION_NOT_AT_MISSION(
      "A diplomatic mission records intent, keeps the applicant in safe custody and refers the claim to a"
          + " determination office; it never informs, interviews, assesses, decides or hears an appeal itself.",
      "procedure.md §3; ExCom 8(e); UNHCR Guidance on responding to asylum requests at diplomatic missions"),
  OPEN_CLAIM_EXISTS(
      "A person has one open claim at a time: a new intent of an applicant whose claim is pending goes to"
          + " that case; a dependant lodges a claim of their own through the family's case.",
      "procedure.md §2, §3; PS §3.3"),
  ACT_BEFORE_PRECEDING_ACT(
      "A dated act is never before the act it follows: intent, registration, information, scheduling,"
          + " interview record, assessment, draft and notification in that order; a no-show after the"
          + " scheduling, an appeal after the notification.",
      "procedure.md §3, §5; PS §7.2"),
  ILLEGAL_TRANSITION("Any command not allowed from the current state.", "procedure.md §3"),
  NOT_PERMITTED("A role or office that may not act on this case (403, not 409).", "PS §2.2");

  private final String rule;
  private final String source;

  ReasonCode(String rule, String source) {
    this.rule = rule;
    this.source = source;
  }

  /** The rule in plain words. */
  /** Whether the refusal is about who may act (answered 403) rather than a rule of the procedure (409). */
  public boolean aboutWhoMayAct() {
    return this == NOT_PERMITTED;
  }

  public String rule() {
    return rule;
  }

  /** The norm the rule comes from. */
  public String source() {
    return source;
  }

  /** 403 for a lack of permission, 409 for every rule of the procedure. */
  public int httpStatus() {
    return this == NOT_PERMITTED ? 403 : 409;
  }
}
