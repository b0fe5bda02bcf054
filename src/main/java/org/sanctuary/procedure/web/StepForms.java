package org.sanctuary.procedure.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.sanctuary.forms.web.CommandForms;
import org.sanctuary.procedure.CaseStep;
import org.springframework.stereotype.Component;

/**
 * Binds what a case page's form sends into the step's command record, the one the API takes; a step
 * reports its own problems with the fields that were of their type (CaseStep).
 */
@Component
class StepForms {

  private final CommandForms forms;

  StepForms(CommandForms forms) {
    this.forms = forms;
  }

  <T> T bind(Class<T> type, HttpServletRequest request) {
    return forms.bind(type, request, t -> t instanceof CaseStep step ? step.problems() : List.of());
  }
}
