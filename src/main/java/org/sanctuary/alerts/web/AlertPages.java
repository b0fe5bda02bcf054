package org.sanctuary.alerts.web;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.sanctuary.access.Offices;
import org.sanctuary.alerts.Alerts;
import org.sanctuary.shared.PageRequest;
import org.sanctuary.shared.ValidationFailed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervisors' alert list: what the procedure raised and nobody has acknowledged yet. */
@Controller
class AlertPages {

  private static final int PAGE_SIZE = 25;

  private final Alerts alerts;
  private final Offices offices;

  AlertPages(Alerts alerts, Offices offices) {
    this.alerts = alerts;
    this.offices = offices;
  }

  @GetMapping("/alerts")
  @PreAuthorize("hasAuthority('ALERT_READ')")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    return render(model, page, null, null);
  }

  @PostMapping("/alerts/{id}/acknowledgement")
  @PreAuthorize("hasAuthority('ALERT_READ')")
  String acknowledge(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note, Model model,
      RedirectAttributes redirect) {
    try {
      alerts.acknowledge(id, note);
      redirect.addFlashAttribute("acknowledged", true);
      return "redirect:/alerts";
    } catch (ValidationFailed e) {
      return render(model, 0, id, e.problems().get(0).message());
    }
  }

  private String render(Model model, int page, @Nullable UUID failed, @Nullable String error) {
    model.addAttribute("result", alerts.open(new PageRequest(Math.max(0, page), PAGE_SIZE)));
    model.addAttribute("offices", offices.byId());
    model.addAttribute("failed", failed);
    model.addAttribute("noteError", error);
    model.addAttribute("base", "/alerts");
    return "alerts/list";
  }
}
