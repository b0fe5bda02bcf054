/** Interventions, the team's addressees, and their follow-up. */
@NamedInterface("interventions")
@NullMarked
package org.sanctuary.monitoring.interventions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
