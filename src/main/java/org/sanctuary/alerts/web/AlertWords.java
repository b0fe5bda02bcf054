package org.sanctuary.alerts.web;

import java.util.List;
import java.util.Locale;
import org.sanctuary.alerts.Alerts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An alert in the reader's language, from the facts it was raised with (codes in words, references
 * and names as they are); an alert raised before facts were kept shows its English detail. Pages call
 * it as {@code @alertWords.text(a)}.
 */
@Component("alertWords")
public class AlertWords {

  private final MessageSource messages;

  AlertWords(MessageSource messages) {
    this.messages = messages;
  }

  public String text(Alerts.Alert alert) {
    List<String> facts = alert.facts();
    if (facts.isEmpty()) {
      return alert.detail();
    }
    Locale locale = LocaleContextHolder.getLocale();
    Object[] words = switch (alert.kind()) {
      case REMOVAL_ATTEMPT_REFUSED -> new Object[] {
          facts.get(0), word("requester." + facts.get(1), locale), word("removalKind." + facts.get(2), locale)};
      case DEADLINE_OVERDUE -> new Object[] {facts.get(0), word("state." + facts.get(1), locale)};
      default -> facts.toArray();
    };
    return messages.getMessage("alert.text." + alert.kind(), words, alert.detail(), locale);
  }

  private String word(String key, Locale locale) {
    return messages.getMessage(key, null, key.substring(key.indexOf('.') + 1), locale);
  }
}
