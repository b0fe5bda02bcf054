package org.sanctuary.procedure;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.ValidationFailed;

/**
 * When an act of the procedure was done and when it was put on the file. They differ only for a
 * late record of something done on paper (at a border post, in a detention centre), which must say
 * why. A time limit the applicant has counts from the later of the two, so a late record never
 * shortens it (procedure.md §5).
 *
 * @param actedOn the day the act was done: never after the day it is recorded
 * @param recordedOn the day it was recorded: the server's today
 * @param lateReason why the act is recorded after the day it was done; none when it is not
 */
public record ActDate(LocalDate actedOn, LocalDate recordedOn, @Nullable String lateReason) {

  /** The longest reason kept. */
  public static final int REASON_LIMIT = 1000;

  public ActDate {
    if (actedOn.isAfter(recordedOn)) {
      throw ValidationFailed.of("on", "cannot be in the future");
    }
    String reason = lateReason == null || lateReason.isBlank() ? null : lateReason.strip();
    if (actedOn.isBefore(recordedOn)) {
      if (reason == null || reason.length() > REASON_LIMIT) {
        throw ValidationFailed.of(
            "lateReason", "say why this is recorded after the day it was done (for example: done on paper at the border)");
      }
      lateReason = reason;
    } else {
      lateReason = null;
    }
  }

  /** An act recorded the day it was done. */
  public static ActDate on(LocalDate day) {
    return new ActDate(day, day, null);
  }

  /** Whether the act was recorded after the day it was done. */
  public boolean late() {
    return actedOn.isBefore(recordedOn);
  }

  /** The day a time limit the applicant has counts from: the later of the two days. */
  public LocalDate clockStart() {
    return recordedOn;
  }
}
