package org.sanctuary.web;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.sanctuary.shared.Wording;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * What the domain said in the reader's language ({@link Wording}: a guard's explanation, an alert);
 * its English detail where no wording was given. Pages call it as
 * {@code @wordings.say(answer.wording(), answer.detail())}.
 */
@Component("wordings")
public class Wordings {

  private final MessageSource messages;

  Wordings(MessageSource messages) {
    this.messages = messages;
    // Field problems on pages, in the reader's language; English where the reader reads English or no words exist.
    org.sanctuary.shared.ProblemWording.use(english -> {
      Locale reader = LocaleContextHolder.getLocale();
      return reader.getLanguage().equals("en")
          ? english
          : messages.getMessage(org.sanctuary.shared.ProblemWording.key(english), null, english, reader);
    }, (wording, english) -> LocaleContextHolder.getLocale().getLanguage().equals("en") ? english : say(wording, english));
  }

  /** A field problem, given as its English and its words where it has them, in the reader's language. */
  public String problem(String english, @Nullable Wording wording) {
    return org.sanctuary.shared.ProblemWording.say(new org.sanctuary.shared.FieldProblem("", english, wording));
  }

  public String say(@Nullable Wording wording, String detail) {
    if (wording == null) {
      return detail;
    }
    Locale locale = LocaleContextHolder.getLocale();
    Object[] args = wording.args().stream().map(arg -> term(arg, locale)).toArray();
    return messages.getMessage(wording.key(), args, detail, locale);
  }

  /** "state:REGISTERED" in words ("Registered", "등록됨"); any other argument as it is. */
  private String term(String arg, Locale locale) {
    int colon = arg.indexOf(':');
    if (colon < 0) {
      return arg;
    }
    MessageSourceResolvable term =
        new DefaultMessageSourceResolvable(new String[] {arg.substring(0, colon) + "." + arg.substring(colon + 1)}, arg);
    return messages.getMessage(term, locale);
  }
}
