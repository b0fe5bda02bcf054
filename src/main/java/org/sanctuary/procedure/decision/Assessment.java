package org.sanctuary.procedure.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The structured assessment, in the order of procedure.md §2: identity and nationality (including
 * any other nationality), material facts and their credibility, well-founded fear, persecution,
 * agent of persecution and state protection, nexus to a Convention ground, internal flight
 * alternative, sur place and illegal-exit punishment, exclusion (after inclusion), conclusion. Each
 * inclusion element has a finding and the reasons for it.
 */
public record Assessment(
    Element identityAndNationality,
    Element materialFacts,
    Element wellFoundedFear,
    Element persecution,
    Element noStateProtection,
    Element nexus,
    Set<ConventionGround> grounds,
    Element noInternalFlightAlternative,
    @Nullable String surPlaceAndIllegalExit,
    Exclusion exclusion,
    @Nullable String exclusionReasons,
    @Nullable String conclusion) {

  /** One element: the finding and why. */
  public record Element(Finding finding, @Nullable String reasons) {

    public static Element notAssessed() {
      return new Element(Finding.NOT_ASSESSED, null);
    }

    boolean hasReasons() {
      return reasons != null && !reasons.isBlank();
    }
  }

  public Assessment {
    grounds = Set.copyOf(grounds);
  }

  /** The inclusion elements by name, in the order of the assessment. */
  public Map<String, Element> inclusionElements() {
    Map<String, Element> elements = new LinkedHashMap<>();
    elements.put("identityAndNationality", identityAndNationality);
    elements.put("materialFacts", materialFacts);
    elements.put("wellFoundedFear", wellFoundedFear);
    elements.put("persecution", persecution);
    elements.put("noStateProtection", noStateProtection);
    elements.put("nexus", nexus);
    elements.put("noInternalFlightAlternative", noInternalFlightAlternative);
    return elements;
  }
}
