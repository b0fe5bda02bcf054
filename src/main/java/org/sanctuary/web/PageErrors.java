package org.sanctuary.web;

import jakarta.servlet.http.HttpServletRequest;
import org.sanctuary.shared.NotFound;
import org.sanctuary.shared.NotPermitted;
import org.sanctuary.shared.StaleVersion;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Refusals on pages: a plain page that says what happened, never an exception text. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

  private final Refusals refusals;
  private final PageModel layout;

  PageErrors(Refusals refusals, PageModel layout) {
    this.refusals = refusals;
    this.layout = layout;
  }

  @ExceptionHandler(NotFound.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound(Model model) {
    model.addAllAttributes(layout.layout()).addAttribute("messageKey", "error.notFound");
    return "error/refused";
  }

  @ExceptionHandler({NotPermitted.class, AccessDeniedException.class})
  @ResponseStatus(HttpStatus.FORBIDDEN)
  String notPermitted(Model model, HttpServletRequest request) {
    refusals.notPermitted(request);
    model.addAllAttributes(layout.layout()).addAttribute("messageKey", "error.notPermitted");
    return "error/refused";
  }

  @ExceptionHandler(org.springframework.dao.DuplicateKeyException.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String duplicate(Model model) {
    model.addAllAttributes(layout.layout()).addAttribute("messageKey", "error.duplicate");
    return "error/refused";
  }

  @ExceptionHandler(StaleVersion.class)
  @ResponseStatus(HttpStatus.CONFLICT)
  String stale(Model model) {
    model.addAllAttributes(layout.layout()).addAttribute("messageKey", "error.stale");
    return "error/refused";
  }
}
