package org.sanctuary.procedure.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.sanctuary.procedure.CaseView;
import org.sanctuary.procedure.decision.Assessment;
import org.sanctuary.procedure.decision.DecisionDraft;

/**
 * What a form on a page shows: after an error or a refusal, exactly what was typed; before, what the
 * case already holds (the assessment and the draft, for revising them). Values by field name, as
 * the forms name them.
 */
public final class TypedForm {

  /** The assessment's inclusion elements, in the order of procedure.md §2. */
  static final List<String> ELEMENTS =
      List.of("identityAndNationality", "materialFacts", "wellFoundedFear", "persecution", "noStateProtection", "nexus",
          "noInternalFlightAlternative");

  private final Map<String, List<String>> values;

  private TypedForm(Map<String, List<String>> values) {
    this.values = values;
  }

  static TypedForm empty() {
    return new TypedForm(Map.of());
  }

  /** What the request sent. */
  static TypedForm of(HttpServletRequest request) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    request.getParameterMap().forEach((name, sent) -> values.put(name, List.of(sent)));
    return new TypedForm(values);
  }

  /** What the case holds that its forms revise: the assessment and the draft. */
  static TypedForm from(CaseView view) {
    Map<String, List<String>> values = new LinkedHashMap<>();
    Assessment assessment = view.assessment();
    if (assessment != null) {
      assessment.inclusionElements().forEach((name, element) -> {
        put(values, name + ".finding", element.finding().name());
        put(values, name + ".reasons", element.reasons());
      });
      values.put("grounds", assessment.grounds().stream().map(Enum::name).toList());
      put(values, "surPlaceAndIllegalExit", assessment.surPlaceAndIllegalExit());
      put(values, "exclusion", assessment.exclusion().name());
      put(values, "exclusionReasons", assessment.exclusionReasons());
      put(values, "conclusion", assessment.conclusion());
    }
    DecisionDraft draft = view.decision();
    if (draft != null) {
      put(values, "outcome", draft.outcome().name());
      put(values, "reasonCategories", String.join(", ", draft.reasonCategories()));
      put(values, "individualExplanation", draft.individualExplanation());
      put(values, "legalBasis", draft.legalBasis());
      put(values, "appealInstructions", draft.appealInstructions());
      put(values, "notificationLanguage", draft.notificationLanguage());
      List<String> covers = new ArrayList<>();
      draft.covers().forEach(p -> covers.add(p.toString()));
      values.put("covers", covers);
    }
    return new TypedForm(values);
  }

  private static void put(Map<String, List<String>> values, String name, @Nullable String value) {
    if (value != null) {
      values.put(name, List.of(value));
    }
  }

  /** The (first) value typed in a field, or null. */
  public @Nullable String get(String name) {
    List<String> typed = values.get(name);
    return typed == null || typed.isEmpty() ? null : typed.get(0);
  }

  /** Whether a choice was among those ticked or selected in a field. */
  public boolean has(String name, Object choice) {
    return values.getOrDefault(name, List.of()).contains(choice.toString());
  }

  /** Whether a check box was ticked. */
  public boolean checked(String name) {
    return has(name, "true");
  }
}
