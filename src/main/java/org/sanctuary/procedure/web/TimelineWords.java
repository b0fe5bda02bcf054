package org.sanctuary.procedure.web;

import java.util.Locale;
import org.sanctuary.procedure.CaseEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A timeline entry's detail in the reader's language. The case records codes and a few fixed words
 * beside what people typed (a channel, an outcome, "in time"); these are put in words here, and what
 * people typed (reasons, names) is shown as typed. Pages call it as {@code @timelineWords.detail(h)}.
 */
@Component("timelineWords")
public class TimelineWords {

  private final MessageSource messages;

  TimelineWords(MessageSource messages) {
    this.messages = messages;
  }

  public String detail(CaseEvent event) {
    String detail = event.detail();
    Locale locale = LocaleContextHolder.getLocale();
    return switch (event.what()) {
      case INTENT_RECORDED -> word("channel." + detail, detail, locale);
      case DECISION_DRAFTED, DECISION_SIGNED -> word("outcome." + detail, detail, locale);
      case INTERVIEW_RECORDED -> switch (detail) {
        case "finalised" -> word("timeline.finalised", detail, locale);
        case "not finalised" -> word("timeline.notFinalised", detail, locale);
        default -> detail;
      };
      case APPEAL_LODGED -> switch (detail) {
        case "in time" -> word("timeline.inTime", detail, locale);
        case "late: decide on flexibility" -> word("timeline.late", detail, locale);
        default -> detail;
      };
      case INDEPENDENT_CLAIM_LODGED -> detail.endsWith(" (sensitive)")
          ? messages.getMessage("timeline.sensitive", new Object[] {detail.substring(0, detail.length() - 12)}, detail, locale)
          : detail;
      case INFORMATION_PROVIDED -> detail.isBlank() ? detail : Locale.forLanguageTag(detail).getDisplayLanguage(locale);
      case STATUS_ENDING_PROPOSED, STATUS_ENDING_NOTIFIED -> codeThenText("endingKind.", detail, " ", locale);
      case APPEAL_DECIDED -> codeThenText("appealOutcome.", detail, ": ", locale);
      default -> detail;
    };
  }

  /** "CESSATION Art. 1C(5)" as "Cessation Art. 1C(5)": the leading code in words, the rest as typed. */
  private String codeThenText(String prefix, String detail, String separator, Locale locale) {
    int end = detail.indexOf(separator);
    String code = end < 0 ? detail : detail.substring(0, end);
    String rest = end < 0 ? "" : detail.substring(end);
    return word(prefix + code, code, locale) + rest;
  }

  private String word(String key, String fallback, Locale locale) {
    return messages.getMessage(key, null, fallback, locale);
  }
}
