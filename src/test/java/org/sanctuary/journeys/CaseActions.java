package org.sanctuary.journeys;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The action forms of a case page, as a user opens, fills and sends them. */
final class CaseActions {

  private CaseActions() {}

  /** Opens the action's form (unless it is open already) and returns it. */
  static Locator open(Page page, String command) {
    Locator action = page.locator("details.action[data-command=" + command + "]");
    if (action.getAttribute("open") == null) {
      action.locator("summary").click();
    }
    return action;
  }

  static void submit(Page page, String command) {
    page.locator("details.action[data-command=" + command + "] button[type=submit]").click();
  }

  /** An action without fields: open it and send it. */
  static void act(Page page, String command) {
    open(page, command);
    submit(page, command);
  }
}
